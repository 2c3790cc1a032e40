/// A problem an importer found, with where: printed as `FILE:LINE: error: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var file: String
    public var line: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, _ severity: Severity, _ message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// An error thrown while storing what a line says, as an error at that line: the
    /// message of a RapporteurError or TextError, the description of anything else.
    init(file: String, line: Int, error: Error) {
        let message = (error as? RapporteurError)?.message ?? (error as? TextError)?.message ?? "\(error)"
        self.init(file: file, line: line, .error, message)
    }

    public var description: String { "\(file):\(line): \(severity.rawValue): \(message)" }
}
