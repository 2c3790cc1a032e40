/// Checks and tidies the text of a record: runs of white space become one space, and
/// an empty text is refused with a message naming the field.
enum RecordText {
    static func clean(_ text: String, field: String) throws -> String {
        let cleaned = isClean(text) ? text : collapsingWhiteSpace(text)
        guard !cleaned.isEmpty else {
            throw RapporteurError.invalid("the \(field) is empty; write what was said, in reported speech")
        }
        return cleaned
    }

    /// True when cleaning would change nothing: plain ASCII, single spaces between words,
    /// none at the ends. Most text is like that, and checking its bytes is far cheaper
    /// than splitting it into characters.
    private static func isClean(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte >= 0x80 || (0x09...0x0D).contains(byte) || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// A published paragraph: each line tidied as `clean` does, blank lines dropped,
    /// lines kept apart (its running text and list entries one a line).
    static func publishedParagraph(_ text: String, number: Int) throws -> String {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { collapsingWhiteSpace(String($0)) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else {
            throw RapporteurError.invalid("paragraph \(number) is empty; give its text as published")
        }
        return lines.joined(separator: "\n")
    }

    /// A one-line field (a venue, a note, a unit): white space runs become one space and
    /// an empty value is none, so that what is stored is what a record file writes back.
    static func line(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = collapsingWhiteSpace(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Runs of white space as one space, none at the ends. Split at white-space scalars,
    /// not Characters: a space and the combining mark after it are one Character, which
    /// splitting would drop as white space, so that a second cleaning changed what the
    /// first had kept; at scalars, cleaning twice gives what cleaning once gave.
    static func collapsingWhiteSpace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    static let amountDigits = TextPattern(#"[0-9]+(\.[0-9]{1,2})?"#)
    static let currencyCode = TextPattern(#"[A-Z]{3}"#)

    /// "300,000" or "300000.50" as decimal text without separators; refuses anything else.
    static func amount(_ text: String) throws -> String {
        let digits = text.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        guard amountDigits.wholeMatch(in: digits) != nil else {
            throw RapporteurError.invalid(
                "\(field: .amount) '\(text)' is not an amount; write it in figures, as 300000 or 300000.50",
                value: text, allowed: "figures, as 300000 or 300000.50")
        }
        return digits
    }

    static func currency(_ text: String) throws -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard currencyCode.wholeMatch(in: code) != nil else {
            throw RapporteurError.invalid(
                "\(field: .currency) '\(text)' is not an ISO 4217 code; write it as USD, EUR or KES",
                value: text, allowed: "an ISO 4217 code, as USD, EUR or KES")
        }
        return code
    }
}
