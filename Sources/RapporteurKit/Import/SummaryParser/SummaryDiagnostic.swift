/// A problem met while reading a summary, with the 1-based line of the source text it
/// concerns. Errors mean the reading is wrong or incomplete; warnings mean it is a guess.
public struct SummaryDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var line: Int
    public var severity: Severity
    public var message: String

    public init(line: Int, severity: Severity, message: String) {
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// "line 12: warning: …".
    public var description: String { "line \(line): \(severity.rawValue): \(message)" }
}
