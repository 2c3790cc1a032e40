/// A line of a slide's list, by how it starts: a bullet at the margin, a bullet indented
/// under the one above, an indented line that carries on the item above it (a bullet
/// broken over two lines), or a line of its own (a heading, a paragraph).
enum SlideListLine: Equatable {
    case bullet(String)
    case subBullet(String)
    case continuation(String)
    case plain(String)
    case blank

    init(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            self = .blank
        } else if let match = SlidePatterns.bullet.firstMatch(in: line) {
            self = .bullet(Self.itemText(match.group(1) ?? ""))
        } else if let match = SlidePatterns.subBullet.firstMatch(in: line) {
            self = .subBullet(Self.itemText(match.group(1) ?? ""))
        } else if line.first?.isWhitespace == true {
            self = .continuation(trimmed)
        } else {
            self = .plain(trimmed)
        }
    }

    /// The text of an item without its number or glyph ("1) ", "o ").
    static func itemText(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let mark = SlidePatterns.itemMark.prefixMatch(in: trimmed) else { return trimmed }
        let rest = String(trimmed[mark.range.upperBound...]).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? trimmed : rest
    }

    var text: String? {
        switch self {
        case .bullet(let text), .subBullet(let text), .continuation(let text), .plain(let text): text
        case .blank: nil
        }
    }
}
