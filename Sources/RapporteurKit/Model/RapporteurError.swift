/// An error a user can act on. It names the field and the value at fault, what is
/// allowed and the way out, as types a caller words in its own terms (`Phrase`); the
/// kind decides the exit code at the command line.
public struct RapporteurError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        /// A value the user typed is not valid or names nothing (exit 64).
        case invalidInput
        /// The input is well formed but the operation cannot be carried out,
        /// such as a duplicate meeting or an edit to an adopted agenda (exit 1).
        case failure
    }

    public let kind: Kind
    /// The whole sentence, its fields and next steps typed.
    public let phrase: Phrase
    /// The field at fault: the one given, else the first the sentence names.
    public let field: InputField?
    /// The value given for the field, as typed.
    public let value: String?
    /// What the field allows, in words ("the Secretariat, … or a Member State").
    public let allowed: String?

    public init(_ kind: Kind, _ phrase: Phrase, field: InputField? = nil, value: String? = nil, allowed: String? = nil)
    {
        self.kind = kind
        self.phrase = phrase
        self.field = field ?? phrase.fields.first
        self.value = value
        self.allowed = allowed
    }

    public static func invalid(
        _ phrase: Phrase, field: InputField? = nil, value: String? = nil,
        allowed: String? = nil
    ) -> RapporteurError {
        .init(.invalidInput, phrase, field: field, value: value, allowed: allowed)
    }

    public static func failure(
        _ phrase: Phrase, field: InputField? = nil, value: String? = nil,
        allowed: String? = nil
    ) -> RapporteurError {
        .init(.failure, phrase, field: field, value: value, allowed: allowed)
    }

    // A message built as a `String` (one joined with `+`, or held in a variable) is taken as
    // plain words. These are disfavoured so that a literal is always read as a `Phrase`:
    // "…; \(known)" with `known` a phrase keeps its fields and steps instead of being flattened.
    @_disfavoredOverload
    public init(_ kind: Kind, _ message: String) {
        self.init(kind, Phrase(message))
    }

    @_disfavoredOverload
    public static func invalid(_ message: String) -> RapporteurError { .init(.invalidInput, message) }
    @_disfavoredOverload
    public static func failure(_ message: String) -> RapporteurError { .init(.failure, message) }

    /// The next step the message suggests, if any.
    public var suggestion: NextStep? { phrase.steps.first }

    /// The message in the library's words.
    public var message: String { phrase.plain }

    public var description: String { message }

    /// Runs a parser of `Text/`, turning its `TextError` into invalid input with the
    /// same message, so that the store speaks one error type.
    public static func parsing<T>(_ parse: () throws -> T) throws -> T {
        do {
            return try parse()
        } catch let error as TextError {
            throw RapporteurError.invalid(error.message)
        }
    }
}
