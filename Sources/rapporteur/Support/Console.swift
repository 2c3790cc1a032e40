import Foundation
import RapporteurKit

/// Data goes to stdout; messages, warnings and errors to stderr.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// `print` for UTF-8 bytes: the same output, a final line break added when missing.
    static func print(utf8 bytes: [UInt8]) {
        var data = Data(bytes)
        if bytes.last != UInt8(ascii: "\n") { data.append(UInt8(ascii: "\n")) }
        FileHandle.standardOutput.write(data)
    }

    /// A message about what happened, for the person at the terminal.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func warning(_ text: String) {
        FileHandle.standardError.write(Data("warning: \(text)\n".utf8))
    }

    /// Prints what a write produced: its identifiers on stdout, warnings on stderr.
    static func report(_ entry: RecordedEntry) {
        print(entry.identifiers.joined(separator: " "))
        entry.warnings.map(ErrorWording.text).forEach(warning)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data("error: \(text)\n".utf8))
    }

    /// Pretty JSON with sorted keys and unescaped slashes, stable for scripts.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
