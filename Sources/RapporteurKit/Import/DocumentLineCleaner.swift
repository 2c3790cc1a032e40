import Foundation

/// Removes from a line of a document what its conversion from Word, PDF or markdown
/// left there: bold markers, non-breaking and invisible spaces, form feeds, link
/// brackets; and recognises a page number alone on its line, which is page furniture.
///
/// Each reader takes only the steps its documents bear: a briefing's tables are read
/// by column, so its lines keep their runs of spaces; a summary is running text, so
/// every kind of space becomes one. The steps always run in the order they are
/// declared below.
struct DocumentLineCleaner: Sendable {
    struct Steps: OptionSet, Sendable {
        let rawValue: Int

        /// Every kind of space as " ", and the invisible characters (zero-width spaces
        /// and joiners, word joiner, byte order mark, soft hyphen) dropped.
        static let allSpaces = Steps(rawValue: 1 << 0)
        /// "**", markdown's bold marker, removed.
        static let boldMarkers = Steps(rawValue: 1 << 1)
        /// "__", the other bold marker, removed.
        static let underscoreMarkers = Steps(rawValue: 1 << 2)
        /// The non-breaking space (U+00A0) as " "; other spaces stay as they are.
        static let nonBreakingSpaces = Steps(rawValue: 1 << 3)
        /// Form feeds (page breaks) dropped.
        static let formFeeds = Steps(rawValue: 1 << 4)
        /// "\$" as "$": punctuation markdown escapes with a backslash, unescaped.
        static let markdownEscapes = Steps(rawValue: 1 << 10)
        /// "[2/1](#)" as "2/1": the text of a markdown link without its target.
        static let markdownLinks = Steps(rawValue: 1 << 5)
        /// The "#" marks of a markdown heading dropped.
        static let markdownHeadings = Steps(rawValue: 1 << 6)
        /// Runs of whitespace as one space, none at either end.
        static let collapsedWhitespace = Steps(rawValue: 1 << 7)
        /// Spaces and tabs trimmed at either end.
        static let trimmedSpaces = Steps(rawValue: 1 << 8)
        /// Spaces, tabs, line ends and form feeds trimmed at either end.
        static let trimmedSpacesAndNewlines = Steps(rawValue: 1 << 9)
    }

    let steps: Steps

    /// Meeting summaries: running text, every leftover of conversion removed. Curly
    /// quotes are kept.
    static let summary = DocumentLineCleaner(steps: [
        .allSpaces, .boldMarkers, .underscoreMarkers, .markdownLinks, .markdownHeadings, .collapsedWhitespace,
    ])
    /// Briefings: tables laid out in columns, so runs of spaces are kept; the reader
    /// notes where a form feed starts a page before the line is cleaned.
    static let briefing = DocumentLineCleaner(steps: [.boldMarkers, .nonBreakingSpaces, .formFeeds])
    /// Briefings taken from slides, which come as markdown ("\$550,663"): cells apart by
    /// tabs, and the spaces that start a line (an indented bullet) kept.
    static let slides = DocumentLineCleaner(steps: [
        .boldMarkers, .nonBreakingSpaces, .formFeeds, .markdownEscapes,
    ])
    /// Reports on the implementation of resolutions: numbered paragraphs and headings.
    static let report = DocumentLineCleaner(steps: [.boldMarkers, .nonBreakingSpaces, .trimmedSpaces])
    /// The resolution tracker: one label or value a line, without markup.
    static let tracker = DocumentLineCleaner(steps: [.nonBreakingSpaces, .trimmedSpacesAndNewlines])

    func clean(_ raw: some StringProtocol) -> String {
        var text = steps.contains(.allSpaces) ? Self.plainSpaces(raw) : String(raw)
        if steps.contains(.boldMarkers) { text = text.replacingOccurrences(of: "**", with: "") }
        if steps.contains(.underscoreMarkers) { text = text.replacingOccurrences(of: "__", with: "") }
        if steps.contains(.nonBreakingSpaces) { text = text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        if steps.contains(.formFeeds) { text = text.replacingOccurrences(of: "\u{0C}", with: "") }
        if steps.contains(.markdownEscapes) { text = Self.markdownEscape.replacing(in: text, with: "$1") }
        if steps.contains(.markdownLinks) {
            text = Self.markdownLink.replacing(in: text, with: "$1")
        }
        if steps.contains(.markdownHeadings) { text = Self.headingMarks.replacing(in: text, with: "") }
        if steps.contains(.collapsedWhitespace) { text = ASCIIText.collapsingWhitespace(text) }
        if steps.contains(.trimmedSpaces) { text = text.trimmingCharacters(in: .whitespaces) }
        if steps.contains(.trimmedSpacesAndNewlines) { text = text.trimmingCharacters(in: .whitespacesAndNewlines) }
        return text
    }

    /// A page number alone on its (trimmed) line: "4", as a page's header or footer
    /// carries it.
    static func isPageNumber(_ trimmed: String) -> Bool {
        pageNumber.wholeMatch(in: trimmed) != nil
    }

    static let markdownLink = TextPattern(#"\[([^\[\]]{0,200})\]\([^()\s]{0,500}\)"#, anyCase: true)
    static let markdownEscape = TextPattern(#"\\([$*_#\[\]()`~>+.!|\\-])"#)
    static let headingMarks = TextPattern(#"^\s*#{1,6}\s+"#, anyCase: true)
    static let pageNumber = TextPattern(#"[0-9]{1,3}"#)

    private static func plainSpaces(_ raw: some StringProtocol) -> String {
        var text = ""
        for character in raw {
            switch character {
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}":
                continue
            default:
                text.append(character.isWhitespace ? " " : character)
            }
        }
        return text
    }
}
