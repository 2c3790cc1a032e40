/// The layouts of a published summary that Rapporteur reads, each by its own house style.
/// A text's layout is detected from how it starts, or forced by the user.
public enum SummaryLayout: String, Sendable, CaseIterable {
    /// The PBA's summary of a meeting (`PBASummaryReader`).
    case pbaSummary = "pba-summary"
    /// The Executive Board's daily journal of a session day (`BoardJournalReader`).
    case boardJournal = "board-journal"

    /// What a document of this layout starts with, for a user choosing or a message refusing.
    public var startsWith: String {
        switch self {
        case .pbaSummary:
            "a heading naming the meeting (\"Summary of the fifty-sixth meeting of the …\"), "
                + "then its date and numbered paragraphs under \"Agenda item\" headings"
        case .boardJournal:
            "\"SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES\" or \"First Daily Journal\", "
                + "a \"DAY 2 – WEDNESDAY, 29 NOVEMBER 2023\" line, or a sentence opening "
                + "\"On Wednesday, 29 November 2023, the third session of the Executive Board …\""
        }
    }

    /// A journal says so in its first lines.
    static let journalLines = [
        TextPattern(#"^summary of plenary discussions\b"#, anyCase: true),
        TextPattern(#"\bdaily journal\b"#, anyCase: true),
        TextPattern(#"^day\s+[0-9]{1,2}\s*[–—−:\-]"#, anyCase: true),
        TextPattern(
            #"^on\s+[a-z]+day,?\s+[0-9]{1,2}\s+[a-z]+\s+[0-9]{4},?\s+the\s+.*\bsession of the executive board\b"#,
            anyCase: true),
    ]
    /// The lines a journal's signs are looked for in.
    static let journalWindow = 8

    /// The layout the text is written in; nil when it is none Rapporteur knows.
    public static func detect(_ text: String) -> SummaryLayout? {
        detect(LayoutBlockReader.read(text), text: text)
    }

    static func detect(_ blocks: [LayoutBlock], text: String) -> SummaryLayout? {
        if blocks.prefix(journalWindow).contains(where: { block in journalLines.contains { $0.matches(block.text) } }) {
            return .boardJournal
        }
        let lines = SummaryParser.numberedLines(text)
            .filter { !$0.text.isEmpty && !SummaryLineCleaner.isPageFurniture($0.text) }
            .map { (number: $0.number, text: $0.text) }
        return SummaryHeaderReader.findTitle(lines) == nil ? nil : .pbaSummary
    }

    /// A text of no known layout refused, at its first line: the layouts known and what
    /// each starts with; `showingBlocks` adds a note for each block that was read.
    static func refusal(of text: String, file: String, showingBlocks: Bool) -> [Diagnostic] {
        let known = allCases.map { "\($0.rawValue), which starts with \($0.startsWith)" }.joined(separator: "; ")
        var found = [
            Diagnostic(
                file: file, line: 1, .error,
                "the text is in no layout Rapporteur reads: \(known); \(field: .layout) can force one of them"
            )
        ]
        if showingBlocks {
            found += LayoutBlockReader.read(text).map { block in
                Diagnostic(file: file, line: block.line, .note, "read a \(block.kindName): \(block.firstWords())")
            }
        }
        return found
    }
}
