/// A problem an importer found, or a note on what it did, with where: printed as
/// `FILE:LINE: error: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
        /// What the importer did that a reader may want to check; nothing is wrong.
        case note
    }

    public var file: String
    public var line: Int
    public var severity: Severity
    /// The message, its fields and next steps typed (see `Phrase`).
    public var phrase: Phrase

    public init(file: String, line: Int, _ severity: Severity, _ phrase: Phrase) {
        self.file = file
        self.line = line
        self.severity = severity
        self.phrase = phrase
    }

    /// Plain words; disfavoured so that a literal is read as a `Phrase` (see `RapporteurError`).
    @_disfavoredOverload
    public init(file: String, line: Int, _ severity: Severity, _ message: String) {
        self.init(file: file, line: line, severity, Phrase(message))
    }

    /// The message in the library's words.
    public var message: String { phrase.plain }

    /// An error thrown while storing what a line says, as an error at that line: the
    /// message of a RapporteurError or TextError, the description of anything else.
    init(file: String, line: Int, error: Error) {
        let phrase = (error as? RapporteurError)?.phrase ?? Phrase((error as? TextError)?.message ?? "\(error)")
        self.init(file: file, line: line, .error, phrase)
    }

    public var description: String { "\(file):\(line): \(severity.rawValue): \(message)" }
}
