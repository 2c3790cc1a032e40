/// The one error type of the Text module. Its message names the bad value in single
/// quotes and says which forms are accepted, so it can be shown to a user as it is.
public struct TextError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
