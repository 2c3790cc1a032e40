import Foundation
import Testing

/// A daily journal imported into a session planned with no agenda yet: the items the
/// journal does not name stand in the agenda under a title that says so, the summary
/// leaves them out, and the session's agenda imported afterwards gives them their titles
/// and keeps what was recorded under the items the journal named.
@Suite struct JournalDayIntoSessionTests {
    /// The third day of an imagined session, at its third item; in our own words.
    private let journal = """
        SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES
        DAY 3 – FRIDAY, 6 DECEMBER 2024
        On Friday, 6 December 2024, the Executive Board continued its second session of 2024 in Nairobi, Kenya.
        Agenda item 3: Financial situation of the Programme
        UN-Habitat outlined the liquidity of the Foundation non-earmarked fund.
        GHANA called for a clearer schedule of pledged contributions.
        """

    /// The session's provisional agenda, items 1 to 4; in our own words.
    private let agenda = """
        Provisional agenda

        1. Opening of the session.
        2. Adoption of the agenda and organization of work.
        3. Financial situation of the Programme.
        4. Other matters.
        """

    private func session() throws -> CLI {
        let cli = try CLI.initialized()
        try cli.succeed(
            "meeting", "new", "EB", "--year", "2024", "--session", "2", "--from", "2024-12-04", "--to", "2024-12-06")
        let file = cli.folder.appending(path: "day3.txt")
        try journal.write(to: file, atomically: true, encoding: .utf8)
        let run = try cli.run("import", "summary", file.path, "--into", "EB-2024-2")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("the journal does not name items 1, 2"), "\(run.stderr)")
        return cli
    }

    @Test func theItemsTheJournalDoesNotNameAreLeftOutOfTheSummary() throws {
        let cli = try session()
        for arrangement in ["day", "item"] {
            let summary = try cli.succeed("summary", "EB-2024-2", "--by", arrangement)
            #expect(!summary.contains("not named"), "\(summary)")
            #expect(!summary.contains("Agenda item 1"), "\(summary)")
            // The day's opening sentence comes first, with the item it leads into.
            let item = try #require(summary.range(of: "Agenda item 3 – Financial situation of the Programme."))
            let opening = try #require(summary.range(of: "1. On Friday, 6 December 2024, the Executive Board"))
            #expect(item.upperBound < opening.lowerBound)
            #expect(summary.contains("3. GHANA called for a clearer schedule of pledged contributions."))
        }
        // The agenda itself says what it lacks.
        #expect(try cli.succeed("meeting", "show", "EB-2024-2").contains("1  Item 1, not named in this journal"))
    }

    @Test func theSessionsAgendaGivesTheStandInItemsTheirTitlesAndKeepsTheRecord() throws {
        let cli = try session()
        let before = try cli.succeed("export", "record", "EB-2024-2")
        let file = cli.folder.appending(path: "agenda.txt")
        try agenda.write(to: file, atomically: true, encoding: .utf8)
        let run = try cli.run("import", "agenda", file.path, "--meeting", "EB-2024-2")
        #expect(run.status == 0, "\(run.stderr)")
        let after = try cli.succeed("export", "record", "EB-2024-2")
        #expect(
            after.contains(
                """
                item 1: Opening of the session
                item 2: Adoption of the agenda and organization of work
                item 3: Financial situation of the Programme
                item 4: Other matters
                """), "\(after)")
        // Everything below the agenda is as it was: the day, its paragraphs and records.
        let record = { (text: String) in text[text.range(of: "\nday 3 ")!.lowerBound...] }
        #expect(record(after) == record(before))
    }

    @Test func anItemTheSessionsAgendaLacksIsKeptWithAWarning() throws {
        let cli = try session()
        let file = cli.folder.appending(path: "agenda.txt")
        try "Provisional agenda\n\n1. Opening of the session.\n2. Adoption of the agenda.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let run = try cli.run("import", "agenda", file.path, "--meeting", "EB-2024-2")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains("warning: item 3 is on the agenda of EB-2024-2 but not in this agenda; it is kept"),
            "\(run.stderr)")
        #expect(
            try cli.succeed("export", "record", "EB-2024-2").contains("item 3: Financial situation of the Programme"))
    }
}
