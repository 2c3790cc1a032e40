/// How a word of the command line reads: an option ("--db", "--db=PATH", "-o"), the
/// terminator "--" after which every word is a value, a value, or a text that begins
/// with a dash without being an option ("- asked how …", "-5 per cent"). ArgumentParser
/// would read such a text as a bundle of one-letter options, and a text holding an "h"
/// as a request for help.
enum ArgumentShape: Equatable {
    case terminator
    /// The option's name with its dashes ("--db", "-o"), and whether "=VALUE" follows it.
    case option(name: String, inlineValue: Bool)
    case value
    case dashText

    init(_ argument: String) {
        if argument == "--" {
            self = .terminator
        } else if argument.hasPrefix("--") {
            self = Self.option(dashes: "--", argument.dropFirst(2), nameIsValid: Self.isLongName)
        } else if argument.hasPrefix("-"), argument.count > 1 {
            self = Self.option(dashes: "-", argument.dropFirst(), nameIsValid: Self.isShortName)
        } else {
            self = .value
        }
    }

    private static func option(dashes: String, _ rest: Substring, nameIsValid: (Substring) -> Bool) -> ArgumentShape {
        let name = rest.prefix { $0 != "=" }
        guard nameIsValid(name) else { return .dashText }
        return .option(name: dashes + name, inlineValue: name.endIndex != rest.endIndex)
    }

    /// "db", "dry-run", "text-file".
    private static func isLongName(_ name: Substring) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// "o", "h", or "help" as ArgumentParser also reads it; a longer word after one dash
    /// ("-hush") is a text, since the program has no bundles of one-letter options.
    private static func isShortName(_ name: Substring) -> Bool {
        (name.count == 1 && name.first!.isASCII && name.first!.isLetter) || name == "help"
    }
}
