import Mustache

/// Escapes stored text for Markdown, so that what a delegate said never turns into
/// markup: emphasis, links, headings, lists, tables, HTML and code.
struct MarkdownContentType: MustacheContentType {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "{", "}"]

    /// The bytes of `special`. Plain ASCII text without any of them needs no escaping
    /// character by character, which is most text and far cheaper to check.
    private static let specialBytes: Set<UInt8> = Set(special.compactMap(\.asciiValue))

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
        // is only tried on a digit: a regex literal is compiled each time it runs.
        if let first = escaped.first, "-+".contains(first) { escaped.insert("\\", at: escaped.startIndex) }
        if let first = escaped.utf8.first, (0x30...0x39).contains(first),
           let match = escaped.prefixMatch(of: /([0-9]+)([.)])/) {
            escaped = "\(match.1)\\\(match.2)" + escaped[match.range.upperBound...]
        }
        return escaped
    }
}
