import Foundation
import Testing

/// A session of several days at the command line: its record with a `day` line a day,
/// its summary day by day or item by item, and `import summary --into` refusing a
/// document that is no day of a session.
@Suite struct SessionDayCommandTests {
    /// The Board's second session of 2024, days 1 and 2, in our own words.
    static let record = """
        # Rapporteur record, format 1

        meeting EB-2024-2
          body: EB
          session: 2
          year: 2024
          dates: 2024-12-04 to 2024-12-06
          venue: Nairobi
          status: summary-final
          agenda: adopted

        item 1: Opening of the session
        item 2: Strategic plan
        item 3: Other matters

        day 1 2024-12-04

        intervention I1
          item: 2
          by: Brazil
          kind: request
          text: asked for a timeline of the housing report
        ask Q1
          text: asked for a timeline of the housing report

        response R1
          item: 2
          text: undertook to share the timeline

        day 2 2024-12-05

        intervention I2
          item: 2
          by: Kenya
          kind: appreciation
          text: welcomed the draft plan

        response R2
          item: 2
          answers: Q1 partial
          text: described when the report would be ready

        """

    private func session() throws -> CLI {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "eb.record")
        try Self.record.write(to: file, atomically: true, encoding: .utf8)
        try cli.succeed("import", "record", file.path)
        return cli
    }

    @Test func theSummaryIsWrittenDayByDayOrItemByItemNumberedThrough() throws {
        let cli = try session()
        let byDay = try cli.succeed("summary", "EB-2024-2", "--format", "md")
        #expect(
            byDay.contains("\n## Day 1 – Wednesday, 4 December 2024\n\n### Agenda item 1 – Opening of the session.\n"))
        #expect(byDay.contains("\n## Day 2 – Thursday, 5 December 2024\n\n### Agenda item 2 – Strategic plan.\n"))
        #expect(byDay.contains("\n2. BRAZIL asked for a timeline of the housing report.\n"))
        #expect(byDay.contains("\n4. KENYA welcomed the draft plan.\n"))
        let byItem = try cli.succeed("summary", "EB-2024-2", "--format", "md", "--by", "item")
        #expect(!byItem.contains("## Day"))
        #expect(byItem.contains("\n4. KENYA welcomed the draft plan.\n"))
        let json = try cli.json("summary", "EB-2024-2", "--json") as? [String: Any]
        let sections = json?["sections"] as? [[String: Any]]
        #expect(sections?.map { $0["day"] as? Int } == [1, 1, 2, 2])
        let wrong = try cli.run("summary", "EB-2024-2", "--by", "week")
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--by must be one of day, item, not 'week'"), "\(wrong.stderr)")
        let word = cli.folder.appending(path: "eb.docx")
        try cli.succeed("summary", "EB-2024-2", "-o", word.path)
        #expect(FileManager.default.fileExists(atPath: word.path))
    }

    @Test func listsAndTheMeetingShowTheDays() throws {
        let cli = try session()
        let interventions = try cli.succeed("intervention", "list", "EB-2024-2")
        #expect(interventions.contains("I1  EB-2024-2 day 1 item 2  request  Brazil\n"))
        #expect(interventions.contains("I2  EB-2024-2 day 2 item 2  appreciation  Kenya\n"))
        #expect(
            try cli.succeed("response", "list", "EB-2024-2").contains("R2  EB-2024-2 day 2 item 2  the Secretariat"))
        let show = try cli.succeed("meeting", "show", "EB-2024-2")
        #expect(show.contains("Day 1: Wednesday, 4 December 2024\nDay 2: Thursday, 5 December 2024\n"))
        let listed = try cli.json("intervention", "list", "EB-2024-2", "--json") as? [[String: Any]]
        #expect(listed?.map { $0["day"] as? Int } == [1, 2])
    }

    @Test func theRecordWithItsDaysExportsAndImportsAgainTheSame() throws {
        let cli = try session()
        let exported = try cli.succeed("export", "record", "EB-2024-2")
        #expect(exported.contains("\nday 1 2024-12-04\n"))
        #expect(exported.contains("\nday 2 2024-12-05\n"))
        let file = cli.folder.appending(path: "again.record")
        try exported.write(to: file, atomically: true, encoding: .utf8)
        try cli.succeed("import", "record", file.path)
        #expect(try cli.succeed("export", "record", "EB-2024-2") == exported)
    }

    /// A summary of a whole Board meeting, which gives no day.
    static let boardSummary = """
        Summary of the 3rd meeting of the Executive Board of the United Nations Human Settlements Programme
        Friday, 7 March 2025, 10 a.m. – 1 p.m. (EAT)
        Gigiri Conference Room 2

        Agenda item 1 – Opening of the session.
        1. The meeting was called to order at 10.15 a.m. The Board adopted its agenda:
        - Opening of the session.
        - Other matters.

        Agenda item 2 – Other matters.
        2. No other business was raised.
        3. The meeting was adjourned at 12.50 p.m.
        """

    @Test func aSummaryThatGivesNoDayIsRefusedIntoASession() throws {
        let cli = try session()
        let file = cli.folder.appending(path: "board.txt")
        try Self.boardSummary.write(to: file, atomically: true, encoding: .utf8)
        let before = try cli.succeed("export", "record", "EB-2024-2")
        let result = try cli.run("import", "summary", file.path, "--into", "EB-2024-2")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(file.path):1: error: the document gives no day of a session"), "\(result.stderr)")
        #expect(result.stderr.contains("goes in without --into"), "\(result.stderr)")
        #expect(try cli.succeed("export", "record", "EB-2024-2") == before)
    }

    /// A database made before the days were kept (its paragraphs keyed by number alone)
    /// is brought up to date with every published paragraph as it was.
    @Test func anOlderDatabaseUpgradesAndKeepsItsPublishedParagraphs() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "board.txt")
        try Self.boardSummary.write(to: file, atomically: true, encoding: .utf8)
        try cli.succeed("import", "summary", file.path)
        let before = try cli.succeed("export", "record", "EB-2025-3")
        #expect(before.contains("\nparagraph 3\n"))
        // Both migrations since 0015: the days of a session, and the agenda's opening.
        try CLI.makeOlder(cli.database, steps: 2)
        try cli.succeed("init")
        #expect(try cli.succeed("export", "record", "EB-2025-3") == before)
        #expect(
            try cli.succeed("export", "record", "EB-2025-3").contains(
                "\nparagraph 3\n  item: 2\n  text: The meeting was adjourned at 12.50 p.m."))
    }

    @Test func theHelpOfImportSummaryShowsADayGoingIntoASession() throws {
        let help = try CLI.initialized().succeed("import", "summary", "--help")
        #expect(help.contains("rapporteur import summary eb-day2.txt --into EB-2024-2"))
        #expect(help.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
