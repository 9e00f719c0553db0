import JobWrightCore

/// Money as people write it: `$118,000 to $134,000 per year`, `$52.75 per hour`.
public enum Money {
    public static func format(_ amount: Double, currency: String?) -> String {
        guard amount.isFinite, abs(amount) <= 1e15 else { return "(not a usable amount)" }
        let cents = Int((amount * 100).rounded())
        let whole = abs(cents) / 100
        let fraction = abs(cents) % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if fraction != 0 { grouped += "." + (fraction < 10 ? "0" : "") + String(fraction) }
        let sign = cents < 0 ? "-" : ""
        switch (currency ?? "USD").uppercased() {
        case "USD": return sign + "$" + grouped
        case let code: return sign + grouped + " " + code
        }
    }

    /// The posting's pay range, or nil when it is incomplete.
    public static func range(_ compensation: Compensation) -> String? {
        guard let minimum = compensation.minimum else { return nil }
        let period = compensation.period.map { " per \($0.rawValue)" } ?? ""
        let low = format(minimum.value, currency: compensation.currency)
        guard let maximum = compensation.maximum, maximum != minimum else { return low + period }
        return low + " to " + format(maximum.value, currency: compensation.currency) + period
    }
}
