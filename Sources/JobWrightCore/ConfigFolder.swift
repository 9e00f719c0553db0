import Foundation

/// The user's jobwright folder (`$XDG_CONFIG_HOME/jobwright`, by default `~/.config/jobwright`):
/// the district profile, and the district's own `catalog/` and `templates/` folders, which are
/// used when no `--catalog` or `--templates` is given.
public struct ConfigFolder: Sendable {
    public let path: String

    /// The folder the process's environment names. The two variables are read alone:
    /// `ProcessInfo.environment` copies every variable into a dictionary, each time it is asked.
    public init() {
        self.init(configHome: Self.variable("XDG_CONFIG_HOME"), home: Self.variable("HOME"))
    }

    private init(configHome: String?, home: String?) {
        if let xdg = configHome, xdg.hasPrefix("/") {
            path = (xdg as NSString).appendingPathComponent("jobwright")
        } else {
            let home = home ?? NSHomeDirectory()
            path = ((home as NSString).appendingPathComponent(".config") as NSString).appendingPathComponent("jobwright")
        }
    }

    private static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    public var profilePath: String { (path as NSString).appendingPathComponent("district.yaml") }

    /// `catalog/` or `templates/` in the folder, when it exists.
    public func folder(_ name: String) -> String? {
        let folder = (path as NSString).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue ? folder : nil
    }

    /// Writes a profile atomically, making its folder first (the config folder may not exist yet).
    public static func writeProfile(_ text: String, to path: String) throws(JobWrightError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) == nil {
            throw JobWrightError(.cannotWrite, "the folder cannot be made", at: SourceLocation(file: folder))
        }
        try AtomicFile.write(Data(text.utf8), to: path)
    }

    /// The profile in force, if there is one. A profile that cannot be read is an error, never
    /// skipped: the user would not know why their details are missing.
    public func loadProfile() throws(JobWrightError) -> DistrictProfile? {
        guard FileManager.default.fileExists(atPath: profilePath) else { return nil }
        guard let data = FileManager.default.contents(atPath: profilePath), let text = String(data: data, encoding: .utf8) else {
            throw JobWrightError(.badData, "the district profile cannot be read as UTF-8 text", at: SourceLocation(file: profilePath))
        }
        return try DistrictProfile.load(path: profilePath, text: text)
    }
}
