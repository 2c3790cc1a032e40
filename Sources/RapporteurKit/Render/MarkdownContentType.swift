import Mustache

/// Escapes stored text for Markdown, so that what a delegate said never turns into
/// markup: emphasis, links, headings, lists, tables, HTML and code.
struct MarkdownContentType: MustacheContentType {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "{", "}"]

    func escapeText(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if Self.special.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        // A value starting a line as "- ", "+ " or "1. " would start a list.
        if let first = escaped.first, "-+".contains(first) { escaped.insert("\\", at: escaped.startIndex) }
        if let match = escaped.prefixMatch(of: /([0-9]+)([.)])/) {
            escaped = "\(match.1)\\\(match.2)" + escaped[match.range.upperBound...]
        }
        return escaped
    }
}
