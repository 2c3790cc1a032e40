/// How the record format carries any text on one line: a value is written with a
/// backslash before what a line could not hold or would lose, and read back to the
/// same text.
///
///     \\        a backslash
///     \n  \r    a line feed, a carriage return
///     \t        a tab
///     \u{1B}    any other control character (U+0000–U+001F, U+007F–U+009F), the line
///               and paragraph separators (U+2028, U+2029), the bidirectional controls
///               (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), and a space at
///               either end of a value, which reading would otherwise trim
///
/// Reading is lenient where an older file may differ: a backslash that starts none of
/// these stands for itself, so `C:\docs` or a lone `\` reads as written, and a control
/// character written raw (other than a line break) is taken as it is. A value that
/// holds a NUL (U+0000), raw or as `\u{0}`, is refused: the database cannot keep one.
enum RecordFormatEscape {
    /// `value` as the record format writes it. `alsoEscaping` are characters that
    /// separate the parts of a value the reader splits, such as the comma between a
    /// time zone's label and its name.
    static func escaped(_ value: String, alsoEscaping extra: Set<Unicode.Scalar> = []) -> String {
        // Most values are printable ASCII with no backslash and no space at an end: as they are.
        let utf8 = value.utf8
        if let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20,
            utf8.allSatisfy({
                (0x20...0x7E).contains($0) && $0 != UInt8(ascii: "\\")
                    && (extra.isEmpty || !extra.contains(Unicode.Scalar($0)))
            })
        {
            return value
        }
        let scalars = Array(value.unicodeScalars)
        let first = scalars.firstIndex { !isTrimmed($0) } ?? scalars.count
        let last = scalars.lastIndex { !isTrimmed($0) } ?? -1
        if first == 0, last == scalars.count - 1,
            !scalars.contains(where: { $0 == "\\" || needsEscape($0) || extra.contains($0) })
        {
            return value
        }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let atEdge = index < first || index > last
            switch scalar {
            case "\\": out.append(contentsOf: #"\\"#.unicodeScalars)
            case "\n": out.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": out.append(contentsOf: #"\r"#.unicodeScalars)
            case "\t": out.append(contentsOf: #"\t"#.unicodeScalars)
            default:
                if atEdge || needsEscape(scalar) || extra.contains(scalar) {
                    out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// A NUL found in a value, with its place (1-based, in characters).
    struct NULCharacter: Error {
        let position: Int
    }

    /// The text a written value stands for; throws at a NUL.
    static func unescaped(_ written: String) throws(NULCharacter) -> String {
        guard written.utf8.contains(UInt8(ascii: "\\")) || written.utf8.contains(0) else { return written }
        let scalars = Array(written.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "\\", index + 1 < scalars.count else {
                out.append(scalar)
                index += 1
                continue
            }
            switch scalars[index + 1] {
            case "\\": out.append("\\"); index += 2
            case "n": out.append("\n"); index += 2
            case "r": out.append("\r"); index += 2
            case "t": out.append("\t"); index += 2
            case "u":
                if let (decoded, length) = codePoint(scalars, at: index) {
                    out.append(decoded)
                    index += length
                } else {
                    out.append(scalar)
                    index += 1
                }
            default:
                out.append(scalar)
                index += 1
            }
        }
        let text = String(out)
        if let nul = text.firstIndex(of: "\u{0}") {
            throw NULCharacter(position: text.distance(from: text.startIndex, to: nul) + 1)
        }
        return text
    }

    /// `\u{…}` at `index`: one to six hex digits naming a Unicode scalar; its scalar and length.
    private static func codePoint(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard index + 2 < scalars.count, scalars[index + 2] == "{" else { return nil }
        var digits = ""
        var end = index + 3
        while end < scalars.count, scalars[end] != "}", digits.count < 7 {
            digits.unicodeScalars.append(scalars[end])
            end += 1
        }
        guard end < scalars.count, scalars[end] == "}", (1...6).contains(digits.count),
            digits.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }),
            let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value)
        else { return nil }
        return (decoded, end - index + 1)
    }

    /// What the writer spells with `\u{…}` wherever it stands.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// What the reader trims from either end of a value (see `trimmingSpaces()`).
    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }
}
