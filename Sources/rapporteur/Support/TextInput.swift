import ArgumentParser
import Foundation
import RapporteurKit

/// What a command's text argument is, for its help.
protocol TextMeaning {
    /// The argument's help, without a full stop ("What was said, in reported speech").
    static var help: String { get }
    /// Its name in the usage line: "text", "title".
    static var valueName: String { get }
}

/// The text a command records (what was said, an item's title, an update): as an
/// argument, as `-` to read it from standard input, or from `--text-file FILE` (`-` also
/// for standard input), so that a text longer than the 128 KiB an argument may hold can
/// be given. A text that begins with a dash is a text wherever it stands (see
/// `CommandLineArguments`); one that reads as an option ("--help") goes after `--`.
/// Line breaks at the end of standard input or a file are dropped.
///
/// A command adopts it with `@OptionGroup var text: TextInput<Meaning>`, `Meaning` a
/// `TextMeaning` of its own, and reads `try text.read()` in `execute()`.
struct TextInput<Meaning: TextMeaning>: ParsableArguments {
    @Argument(help: ArgumentHelp("\(Meaning.help); - reads it from standard input.", valueName: Meaning.valueName))
    var argument: String?

    @Option(
        name: .customLong("text-file"),
        help: ArgumentHelp("Read the \(Meaning.valueName) from this file (- for standard input).", valueName: "file"),
        completion: .file())
    var file: String?

    func read() throws -> String {
        guard let text = try readIfGiven() else {
            throw RapporteurError.invalid(
                "give the \(Meaning.valueName) as an argument, as - to read it from standard "
                    + "input, or with --text-file FILE")
        }
        return text
    }

    /// The text, or nil when none was given (an edit that leaves the text as it is).
    func readIfGiven() throws -> String? {
        switch (argument, file) {
        case (let text?, nil):
            return text == "-" ? try Self.standardInput() : text
        case (nil, let file?):
            return file == "-" ? try Self.standardInput() : try Self.contents(of: file)
        case (nil, nil):
            return nil
        case (_?, _?):
            throw RapporteurError.invalid(
                "give the \(Meaning.valueName) either as an argument or with --text-file, not both")
        }
    }

    private static func standardInput() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw RapporteurError.invalid("standard input is not UTF-8 text")
        }
        return try trimmed(text, from: "standard input")
    }

    private static func contents(of file: String) throws -> String {
        try trimmed(try TextFile.text(ofFile: file), from: file)
    }

    private static func trimmed(_ text: String, from source: String) throws -> String {
        var text = Substring(text)
        while let last = text.unicodeScalars.last, last == "\n" || last == "\r" {
            text = Substring(text.unicodeScalars.dropLast())
        }
        guard !text.isEmpty else {
            throw RapporteurError.invalid("the \(Meaning.valueName) is empty: \(source) holds nothing")
        }
        return String(text)
    }
}
