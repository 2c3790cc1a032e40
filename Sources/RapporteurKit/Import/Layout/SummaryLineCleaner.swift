/// Cleans a line of a summary with the summary's steps of `DocumentLineCleaner`, and
/// recognises the page furniture of a summary and its running titles.
enum SummaryLineCleaner {
    /// Spaces of every kind as " ", invisible characters dropped, bold markers and
    /// markdown link brackets removed ("[2/1](#)" reads "2/1"), markdown heading hashes
    /// dropped, whitespace collapsed. Curly quotes are kept.
    static func clean(_ raw: String) -> String {
        DocumentLineCleaner.summary.clean(raw)
    }

    /// Page headers and footers: a document symbol on its own ("HSP/EB.2024/16"),
    /// "Page 3 of 7", "3/7", "- 3 -", a bare page number, "Distr.: General".
    static let pageFurniture = [
        TextPattern(#"^[A-Z]{2,}(?:/[A-Za-z0-9.\-]+)+$"#, anyCase: true),
        TextPattern(#"^page\s+[0-9]+(?:\s*(?:of|/)\s*[0-9]+)?$"#, anyCase: true),
        TextPattern(#"^[0-9]+\s*(?:of|/)\s*[0-9]+$"#, anyCase: true),
        TextPattern(#"^[-–—]?\s*[0-9]{1,3}\s*[-–—]?$"#, anyCase: true),
        TextPattern(#"^(?:distr\.?:|original:)"#, anyCase: true),
    ]

    static func isPageFurniture(_ line: String) -> Bool {
        pageFurniture.contains { $0.matches(line) }
    }

    /// Lowercased letters and digits only, for comparing a running title with the heading.
    static func comparable(_ line: String) -> String {
        String(line.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
