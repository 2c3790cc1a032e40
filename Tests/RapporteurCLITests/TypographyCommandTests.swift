import Foundation
import Testing

/// Documents people read come out typeset (curly quotes, en dashes, non-breaking
/// spaces); JSON, CSV and the record format keep what was stored.
@Suite struct TypographyCommandTests {
    private static let typed = #"welcomed the "Urban Agenda" platform for 2024-2025 and its US$ 20,000 budget"#

    /// PBA-56 with one typed comment holding straight quotes, a range and a currency.
    private func meeting() throws -> CLI {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "comment", Self.typed)
        return cli
    }

    @Test func theMarkdownSummaryIsTypeset() throws {
        let summary = try meeting().succeed("summary", "PBA-56", "--format", "md", "--style", "named")
        #expect(
            summary.contains(
                "The representative of Kenya welcomed the “Urban Agenda” platform for 2024–2025 and its US$\u{00A0}20,000 budget."
            ), "\(summary)")
        #expect(!summary.contains("\""))
    }

    @Test func everyDocumentFormatIsTypeset() throws {
        let cli = try meeting()
        for format in ["txt", "md", "html", "akn"] {
            let text = try cli.succeed("summary", "PBA-56", "--format", format)
            #expect(text.contains("the “Urban Agenda” platform for 2024–2025"), "\(format)")
        }
    }

    @Test func theJSONSummaryKeepsWhatWasStored() throws {
        let json = try meeting().json("summary", "PBA-56", "--json", "--style", "named") as? [String: Any]
        let sections = json?["sections"] as? [[String: Any]] ?? []
        let texts = sections.flatMap {
            ($0["paragraphs"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        }
        #expect(texts.contains("The representative of Kenya \(Self.typed)."), "\(texts)")
    }

    @Test func theRecordFormatKeepsWhatWasStored() throws {
        let record = try meeting().succeed("export", "record", "PBA-56")
        #expect(record.contains(Self.typed), "\(record)")
        #expect(!record.contains { "“”’–\u{00A0}".contains($0) })
    }

    @Test func theTrackerIsTypesetButItsCSVAndJSONAreNot() throws {
        let cli = try CLI.initialized()
        let note = #""Regular budget" only, for 2024-2025"#
        try cli.succeed(
            "funding", "set", "2/7", "--required", "1200", "--mobilized", "300", "--as-of", "2025-03-01", "--note", note
        )
        let markdown = try cli.succeed("tracker", "--format", "md")
        #expect(markdown.contains("Resolution 2/7: “Regular budget” only, for 2024–2025"), "\(markdown)")
        let csv = try cli.succeed("tracker", "--format", "csv")
        #expect(csv.contains("\n2/7,Adequate housing for all,,1200,300,300,0,900,75\n"), "\(csv)")
        #expect(!csv.contains { "“”‘’–\u{00A0}".contains($0) })
        let json = try cli.succeed("tracker", "--json")
        #expect(json.contains(#""note" : "\"Regular budget\" only, for 2024-2025""#), "\(json)")
    }

    @Test func theProgressReportIsTypesetButItsJSONIsNot() throws {
        let cli = try CLI.initialized()
        try cli.succeed(
            "meeting", "new", "EB", "--year", "2025", "--session", "1", "--from", "2025-03-25", "--to", "2025-03-27")
        let update = #"The "pilot" ran in 2024-2025."#
        try cli.succeed("resolution", "update", "2/7", "--as-of", "2025-03-01", update)
        let report = try cli.succeed("report", "progress", "--for", "EB-2025-1", "--format", "md")
        #expect(report.contains("The “pilot” ran in 2024–2025."), "\(report)")
        let json = try cli.succeed("report", "progress", "--for", "EB-2025-1", "--json")
        #expect(json.contains(#"The \"pilot\" ran in 2024-2025."#), "\(json)")
    }
}

/// Seed 004 imported: what its paragraphs say keeps the characters the published
/// summary has, while what is typed in after it is typeset.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct ImportedSummaryTypographyTests {
    @Test func theImportedWordingKeepsItsOwnCharacters() throws {
        let (cli, file) = try CLI.withSeed004()
        try cli.succeed("import", "summary", file.path)
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "3", "--by", "Kenya", "--kind", "comment",
            "thanked the Chair's office")
        let summary = try cli.succeed("summary", "PBA-56", "--format", "md")
        // Seed 004's paragraphs 21 and 26, as the seed writes them (straight apostrophe and quotes).
        #expect(summary.contains("United Nations Children's Fund (UNICEF)"), "\(summary)")
        #expect(summary.contains("entitled 'Making Cities and Human Settlements Safer after COVID-19"))
        #expect(summary.contains("A Member State thanked the Chair’s office."))
    }
}
