import Foundation

/// What a Board journal says of its session and day, in its heading lines and its
/// opening sentence: "2024 SECOND SESSION OF THE EXECUTIVE BOARD 4-6 DECEMBER 2024",
/// "DAY 2 – THURSDAY, 5 DECEMBER 2024" or "First Daily Journal", and "On Thursday,
/// 5 December 2024, the second session of the Executive Board … for the year 2024
/// resumed in Nairobi, Kenya." The Board numbers its sessions within a year.
struct BoardJournalOpening: Equatable {
    var session: Int?
    var year: Int?
    var day: Int?
    var date: CalendarDate?
    var venue: String?

    static let sessionLine = TextPattern(
        #"^([0-9]{4})\s+(?:resumed\s+)?([a-z-]+)\s+session\s+of\s+the\s+executive\s+board\b"#, anyCase: true)
    static let dayLine = TextPattern(#"^day\s+([0-9]{1,2})\s*[–—−:\-]\s*(.+)$"#, anyCase: true)
    static let journalOrdinal = TextPattern(#"^([a-z-]+)\s+daily\s+journal\b"#, anyCase: true)
    static let openingSentence = TextPattern(
        #"^on\s+((?:[a-z]+day,?\s+)?[0-9]{1,2}\s+[a-z]+\s+[0-9]{4}),?\s+the\s+(?:resumed\s+)?([a-z-]+)\s+session\s+of\s+the\s+executive\s+board\b"#,
        anyCase: true)
    static let forTheYear = TextPattern(#"\bfor\s+the\s+year\s+([0-9]{4})\b"#, anyCase: true)
    static let venue = TextPattern(
        #"\b(?:commenced|resumed|opened|began|continued|convened|met|reconvened)\s+(online|virtually|in\s+([^.]+?))\s*\.?$"#,
        anyCase: true)

    /// Reads what a heading line says of the session or the day, if it is one of the
    /// journal's own ("SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES" says nothing).
    mutating func readHeading(_ text: String, line: Int, diagnostics: inout [SummaryDiagnostic]) {
        if let match = Self.sessionLine.firstMatch(in: text) {
            year = match.group(1).flatMap { Int($0) }
            session = match.group(2).flatMap(OrdinalWords.parse)
        } else if let match = Self.dayLine.firstMatch(in: text) {
            day = match.group(1).flatMap { Int($0) }
            let written = match.group(2) ?? ""
            if let parsed = UNDate.parse(written) {
                date = parsed
            } else {
                diagnostics.append(.init(line: line, severity: .warning, message: "no date read from '\(written)'"))
            }
        } else if let match = Self.journalOrdinal.firstMatch(in: text) {
            day = match.group(1).flatMap(OrdinalWords.parse)
        }
    }

    /// Reads the opening sentence; true when the paragraph is one.
    mutating func readOpening(_ text: String, line: Int, diagnostics: inout [SummaryDiagnostic]) -> Bool {
        guard let match = Self.openingSentence.firstMatch(in: text) else { return false }
        let written = match.group(1) ?? ""
        if let stated = UNDate.parse(written) {
            if let date, date != stated {
                diagnostics.append(
                    .init(
                        line: line, severity: .warning,
                        message: "the opening sentence gives \(UNDate.long(stated)), the day line \(UNDate.long(date))")
                )
            }
            date = date ?? stated
        } else {
            diagnostics.append(.init(line: line, severity: .warning, message: "no date read from '\(written)'"))
        }
        session = session ?? match.group(2).flatMap(OrdinalWords.parse)
        year = year ?? Self.forTheYear.firstMatch(in: text)?.group(1).flatMap { Int($0) }
        if let place = Self.venue.firstMatch(in: text) {
            venue = place.group(2) ?? place.group(1)
        }
        return true
    }
}
