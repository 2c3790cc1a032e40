/// An error a user can act on. The message names the bad value and the way out;
/// the kind decides the exit code at the command line.
public struct RapporteurError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        /// A value the user typed is not valid or names nothing (exit 64).
        case invalidInput
        /// The input is well formed but the operation cannot be carried out,
        /// such as a duplicate meeting or an edit to an adopted agenda (exit 1).
        case failure
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public static func invalid(_ message: String) -> RapporteurError { .init(.invalidInput, message) }
    public static func failure(_ message: String) -> RapporteurError { .init(.failure, message) }

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
