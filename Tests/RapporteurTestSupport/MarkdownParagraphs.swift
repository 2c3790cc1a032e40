/// The paragraphs of a document as the Markdown templates write it, with the markup
/// taken off, to compare with what a page document (and the Word file written from it)
/// holds. The templates write one paragraph, list line or table row a line, so the text
/// is split at blank lines and then at each line break; table rows are kept apart, as
/// cells.
public struct MarkdownParagraphs: Equatable, Sendable {
    /// Every paragraph, heading and list line, in order, as plain text.
    public var paragraphs: [String] = []
    /// The rows of the tables, header row first, without the row of dashes under it.
    public var tableRows: [[String]] = []

    public init(_ markdown: String) {
        // Blank lines part the paragraphs; each line of a paragraph is one of its own.
        for line in markdown.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("|") {
                let cells = Self.cells(of: trimmed)
                if !cells.allSatisfy(Self.isDivider) { tableRows.append(cells) }
            } else {
                paragraphs.append(Self.plain(Self.withoutLineMarkup(trimmed)))
            }
        }
    }

    /// The line without the heading's "#"s or the list's "- " it starts with.
    static func withoutLineMarkup(_ line: Substring) -> Substring {
        let hashes = line.prefix { $0 == "#" }
        if (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " {
            return line.dropFirst(hashes.count + 1)
        }
        return line.hasPrefix("- ") ? line.dropFirst(2) : line
    }

    /// The text without emphasis ("**", "*") and with each backslash escape read as the
    /// character it escapes; spaces at the ends dropped.
    public static func plain(_ text: Substring) -> String {
        var plain = ""
        var escaped = false
        for character in text {
            if escaped {
                if !(character.isASCII && character.isPunctuationOrSymbol) { plain.append("\\") }
                plain.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "*" {
                plain.append(character)
            }
        }
        if escaped { plain.append("\\") }
        return plain.trimmingSpaces()
    }

    /// "| a | b \| c |" → ["a", "b | c"]: the cells between unescaped bars.
    static func cells(of row: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in row.dropFirst() {
            if escaped {
                cell.append(character)
                escaped = false
            } else if character == "\\" {
                cell.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(plain(Substring(cell)))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        if !cell.allSatisfy(\.isWhitespace) { cells.append(plain(Substring(cell))) }
        return cells
    }

    /// "---", ":--", "---:": the row under a table's header.
    static func isDivider(_ cell: String) -> Bool {
        !cell.isEmpty && cell.contains("-") && cell.allSatisfy { "-:".contains($0) }
    }
}

extension Character {
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
