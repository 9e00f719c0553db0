import JobWrightMustache

extension String {
    /// The text as HTML or XML text or attribute value: `& < > " '` escaped, on the bytes, as
    /// the templates' HTML content type escapes values.
    public var markupEscaped: String { mustacheHTMLEscaped }
}
