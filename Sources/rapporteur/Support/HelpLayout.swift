import Foundation

/// ArgumentParser wraps help at the terminal's width but writes a command's usage on
/// one line however long; this breaks that line between its options, each continuation
/// indented under the first, so that the whole help fits the width.
enum HelpLayout {
    static func fittingUsageLines(_ text: String, width: Int = terminalWidth) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for label in ["USAGE: ", "Usage: "] where line.hasPrefix(label) && line.count >= width {
                return wrapped(String(line.dropFirst(label.count)), label: label, width: width)
            }
            return String(line)
        }.joined(separator: "\n")
    }

    /// The usage's pieces ("[--db <path>]", "--item <item>", "<meeting>") laid out in
    /// lines shorter than `width`.
    private static func wrapped(_ usage: String, label: String, width: Int) -> String {
        let indent = String(repeating: " ", count: label.count)
        var lines: [String] = []
        var line = label
        for piece in pieces(usage) {
            if line.count > label.count, line.count + 1 + piece.count >= width {
                lines.append(line)
                line = indent + piece
            } else {
                line += (line.count > label.count ? " " : "") + piece
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Words split at the spaces outside brackets, an option kept with its value
    /// ("--item <item>") and a "..." with what it repeats.
    private static func pieces(_ usage: String) -> [String] {
        var words: [String] = []
        var current = ""
        var depth = 0
        for character in usage {
            switch character {
            case "[", "<": depth += 1
            case "]", ">": depth -= 1
            default: break
            }
            if character == " ", depth == 0 {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        var pieces: [String] = []
        for word in words {
            if let last = pieces.last, (word.hasPrefix("<") && last.hasPrefix("-")) || word == "..." {
                pieces[pieces.count - 1] = last + " " + word
            } else {
                pieces.append(word)
            }
        }
        return pieces
    }

    /// COLUMNS when set, else the terminal's width, else 80, as ArgumentParser takes it.
    static var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
