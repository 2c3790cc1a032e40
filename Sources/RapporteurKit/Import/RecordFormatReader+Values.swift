/// Values read from their written form: references, numbers, dates, times and escaped text.
extension RecordFormatReader {
    /// "2/7", "2/7 OP3", "2/7 (detected)", "2024/3 (inherited)", "HSP/EB.2024/14".
    mutating func reference(_ name: String, _ value: String) -> RecordFile.Reference? {
        guard let kind = RecordFile.Reference.Kind(rawValue: name) else { return nil }
        var text = value
        var source = RecordReference.Source.explicit
        // A trailing "(detected)" or "(inherited)" is the source; any other parenthesis
        // belongs to the value, as in a sub-paragraph "OP2 (a)".
        if let open = text.lastIndex(of: "("), text.hasSuffix(")"),
            let parsed = RecordReference.Source(
                rawValue: String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        {
            source = parsed
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        }
        var paragraph = ""
        if kind == .resolution, let range = Self.range(of: " OP", in: text) {
            paragraph = String(text[range.upperBound...])
            text = String(text[..<range.lowerBound])
        }
        return RecordFile.Reference(kind: kind, key: text, paragraph: paragraph, source: source)
    }

    /// Foundation's `range(of:)`, without its trip through NSString for ASCII text,
    /// where a match of ASCII bytes is a match of Characters.
    private static func range(of target: String, in text: String) -> Range<String.Index>? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.range(of: target) }
        let bytes = Array(text.utf8), wanted = Array(target.utf8)
        guard bytes.count >= wanted.count else { return nil }
        for start in 0...(bytes.count - wanted.count) where bytes[start..<start + wanted.count].elementsEqual(wanted) {
            let lower = text.utf8.index(text.startIndex, offsetBy: start)
            return lower..<text.utf8.index(lower, offsetBy: wanted.count)
        }
        return nil
    }

    mutating func integer(_ value: String, _ name: String) -> Int? {
        guard let number = Int(value), number > 0 else {
            error("\(name) must be a positive whole number, not '\(value)'")
            return nil
        }
        return number
    }

    mutating func date(_ value: String) -> CalendarDate? {
        do {
            return try CalendarDate.parse(value.trimmingSpaces())
        } catch {
            self.error((error as? TextError)?.message ?? "\(error)")
            return nil
        }
    }

    mutating func time(_ value: String) -> ClockTime? {
        do {
            return try ClockTime.parse(value)
        } catch {
            self.error((error as? TextError)?.message ?? "\(error)")
            return nil
        }
    }

    /// A value as written, read back through the escapes; nil, with an error, at a NUL.
    mutating func text(_ written: String) -> String? {
        do {
            return try RecordFormatEscape.unescaped(written)
        } catch let nul {
            error(
                "this value holds a NUL character (U+0000) at character \(nul.position), which a record cannot keep; remove it"
            )
            return nil
        }
    }

    mutating func unknownField(_ name: String, _ block: String) {
        error("unknown field '\(name)' in a \(block)")
    }
}
