import Mustache

/// Escapes stored text for Markdown, so that what a delegate said never turns into
/// markup: emphasis, links, headings, lists, tables, HTML and code.
struct MarkdownContentType: MustacheContentType {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "{", "}"]

    /// The bytes of `special`. Plain ASCII text without any of them needs no escaping
    /// character by character, which is most text and far cheaper to check.
    private static let specialBytes: Set<UInt8> = Set(special.compactMap(\.asciiValue))

    /// "1." or "2)" at the start of a value, which would start a numbered list.
    static let listNumber = TextPattern(#"([0-9]+)([.)])"#)

    func escapeText(_ text: String) -> String {
        var escaped = text
        if text.utf8.contains(where: { $0 >= 0x80 || Self.specialBytes.contains($0) }) {
            escaped = ""
            for character in text {
                if Self.special.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
        }
        // A value starting a line as "- ", "+ " or "1. " would start a list. The pattern
        // is only tried on a digit.
        if let first = escaped.first, "-+".contains(first) { escaped.insert("\\", at: escaped.startIndex) }
        if let first = escaped.utf8.first, (0x30...0x39).contains(first),
            let match = Self.listNumber.prefixMatch(in: escaped)
        {
            escaped = "\(match.group(1) ?? "")\\\(match.group(2) ?? "")" + escaped[match.range.upperBound...]
        }
        return escaped
    }
}
