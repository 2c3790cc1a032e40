/// The patterns the briefing reader matches line after line, made once a parse: a
/// regex literal is parsed again each time it is evaluated, and regexes are not
/// Sendable, so they cannot be kept in a static.
struct BriefingPatterns {
    let budgetTitle = /(?i)^(?:(?:table|annex)\s+[0-9IVX]+[.:]?\s*)?(?:summary of\s+)?(?:the\s+)?programme budget implications\b.*?\bresolution\s+([0-9]+)\s*\/\s*([0-9]+)/
    let roadmapTitle = /(?i)^(?:(?:table|annex)\s+[0-9IVX]+[.:]?\s*)?(?:the\s+)?(?:implementation\s+)?road\s?map\b.*?\bresolution\s+([0-9]+)\s*\/\s*([0-9]+)/
    /// Either title, broken before its resolution number.
    let titleStart = /(?i)programme budget implications|road\s?map/
    /// Lines that end a table: a numbered paragraph, a note under it, the next table.
    let tableEnd = /(?i)^(?:[0-9]+\.\s|(?:table|annex|source|sources|note|notes)\b|[IVX]+\.\s)/
    let numberedParagraph = /[0-9]+\.\s/
    /// A document symbol with three parts or more ("HSP/EB.2025/INF/3").
    let headerSymbol = /[A-Z]{1,8}(?:\/[A-Za-z0-9.\-]+){2,}/
}
