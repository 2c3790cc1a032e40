/// The patterns the briefing reader matches line after line, each compiled once. Those
/// with `\b` keep Unicode's word boundaries, as the reader has always read them.
enum BriefingPatterns {
    static let budgetTitle = TextPattern(
        #"(?i)^(?:(?:table|annex)\s+[0-9IVX]+[.:]?\s*)?(?:summary of\s+)?(?:the\s+)?programme budget implications\b.*?\bresolution\s+([0-9]+)\s*\/\s*([0-9]+)"#,
        unicodeWords: true)
    static let roadmapTitle = TextPattern(
        #"(?i)^(?:(?:table|annex)\s+[0-9IVX]+[.:]?\s*)?(?:the\s+)?(?:implementation\s+)?road\s?map\b.*?\bresolution\s+([0-9]+)\s*\/\s*([0-9]+)"#,
        unicodeWords: true)
    /// Either title, broken before its resolution number.
    static let titleStart = TextPattern(#"(?i)programme budget implications|road\s?map"#)
    /// Lines that end a table: a numbered paragraph, a note under it, the next table.
    static let tableEnd = TextPattern(
        #"(?i)^(?:[0-9]+\.\s|(?:table|annex|source|sources|note|notes)\b|[IVX]+\.\s)"#, unicodeWords: true)
    static let numberedParagraph = TextPattern(#"[0-9]+\.\s"#)
    /// A document symbol with three parts or more ("HSP/EB.2025/INF/3").
    static let headerSymbol = TextPattern(#"[A-Z]{1,8}(?:\/[A-Za-z0-9.\-]+){2,}"#)
    /// A year of this century or the last, as a column heading or in a period: "2025".
    static let year = TextPattern(#"(?:19|20)[0-9][0-9]"#)
    /// "2024–2025", "2024/25": a column covering two years.
    static let biennium = TextPattern(#"(?:19|20)[0-9][0-9]\s*[-–—\/]\s*(?:19|20)?[0-9][0-9]"#)
    /// A hyphenated word broken over two lines of a cell: "inter- sessional".
    static let brokenHyphenation = TextPattern(#"(\p{L})- (\p{Ll})"#)
}
