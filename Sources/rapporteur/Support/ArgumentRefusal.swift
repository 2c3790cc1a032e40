import Foundation

/// Why a value typed for an option was refused, in the program's words.
///
/// ArgumentParser reads an option's value through the type's `init?(argument:)`, which
/// can only say no, and then words the error itself: "The value '16/10/2024' is invalid
/// for '--date <date>'", which neither says what a date looks like nor why this one is
/// not. So a type that refuses a value records here what is wrong with it, and the
/// program's start puts that message, with the option's name, in place of ArgumentParser's
/// (`--date: '16/10/2024' is not a date; write dates as YYYY-MM-DD, …`).
struct ArgumentRefusal: Sendable {
    /// The value as typed.
    let value: String
    /// The message for the option named ("--date"), without the "error: " prefix.
    let message: @Sendable (_ option: String) -> String
    /// Whether the usage follows the message, as it does after any other mistake in the
    /// command line; a value that is simply wrong is told in one line.
    var showsUsage = false

    private static let lock = NSLock()
    nonisolated(unsafe) private static var refused: [ArgumentRefusal] = []

    /// Called by `init?(argument:)` before it returns nil.
    static func record(_ refusal: ArgumentRefusal) {
        lock.withLock { refused.append(refusal) }
    }

    /// ArgumentParser's text for an error ("error: The value 'x' is invalid for
    /// '--date <date>'", the values it takes, a help line and the usage below), in the
    /// program's words when it is about a value a type refused and recorded, the usage
    /// kept when the refusal shows it; nil for any other error.
    static func programWording(of text: String, errorPrefix: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix(errorPrefix) else { return nil }
        let message = first.dropFirst(errorPrefix.count)
        let latest = lock.withLock { refused.reversed() }
        for refusal in latest {
            let head = "The value '\(refusal.value)' is invalid for '"
            guard message.hasPrefix(head) else { continue }
            let option = message.dropFirst(head.count).prefix { $0 != " " && $0 != "'" }
            guard option.hasPrefix("-") else { return nil }
            var wording = errorPrefix + refusal.message(String(option))
            if refusal.showsUsage, let usage = lines.firstIndex(where: { $0.hasPrefix("Usage:") }) {
                wording += "\n" + lines[usage...].joined(separator: "\n")
            }
            return wording
        }
        return nil
    }
}
