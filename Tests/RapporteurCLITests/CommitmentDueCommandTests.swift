import Foundation
import RapporteurTestSupport
import Testing

/// Seed 004 imported before the Board's session it promises an update at is planned:
/// the commitment keeps that session and shows its date once `meeting new` plans it.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct SeedCommitmentDueCommandTests {
    @Test func aSessionPlannedAfterTheImportGivesItsDate() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "004.txt")
        try SeedFolder.text("004").write(to: file, atomically: true, encoding: .utf8)
        try cli.succeed("import", "summary", file.path)

        // Paragraph 55: "a brief update would be made at the 2024 second session of the Executive Board".
        func briefUpdate() throws -> [String: Any]? {
            let list = try cli.json("action", "list", "PBA-56", "--json") as? [[String: Any]]
            return list?.first { ($0["text"] as? String)?.contains("brief update") == true }
        }
        var brief = try #require(try briefUpdate())
        #expect(brief["due"] as? String == "by EB-2024-2")
        #expect(brief["dueMeeting"] as? String == "EB-2024-2")
        #expect(brief["dueMeetingDate"] == nil)
        #expect(try cli.succeed("action", "list", "PBA-56").contains("due by EB-2024-2 (EB-2024-2 is not planned yet)"))
        // The follow-up document says the same, and a commitment with no due says so once.
        let before = try cli.succeed("followup", "--as-of", "2024-11-01")
        #expect(before.contains("  due by EB-2024-2 (EB-2024-2 is not planned yet): the Secretariat"))
        #expect(before.contains("  no due date: the Secretariat"))
        #expect(!before.contains("due no due date"))

        try cli.succeed(
            "meeting", "new", "EB", "--year", "2024", "--session", "2", "--from", "2024-12-04", "--to", "2024-12-06")
        brief = try #require(try briefUpdate())
        #expect(brief["dueMeeting"] as? String == "EB-2024-2")
        #expect(brief["dueMeetingDate"] as? String == "2024-12-04")
        let text = try cli.succeed("action", "list", "PBA-56")
        let line = text.split(separator: "\n").firstIndex { $0.contains("brief update") }
        let head = try #require(line.map { text.split(separator: "\n")[$0 - 1] })
        #expect(head.contains("due by EB-2024-2 (4 December 2024)"), "\(head)")
        #expect(
            try cli.succeed("followup", "--as-of", "2024-11-01").contains(
                "  due by EB-2024-2 (4 December 2024): the Secretariat"))

        // The follow-up list's commitments carry it too, late once the session has ended.
        let followUp = try cli.json("followup", "--as-of", "2024-12-10", "--json") as? [String: Any]
        let commitments = followUp?["commitments"] as? [[String: Any]]
        let due = try #require(commitments?.first { ($0["text"] as? String)?.contains("brief update") == true })
        #expect(due["dueMeetingDate"] as? String == "2024-12-04")
        #expect(due["overdue"] as? Bool == true)
        let presentations = commitments?.first { ($0["text"] as? String)?.contains("presentations available") == true }
        #expect(presentations?["due"] as? String == "as early as possible")
    }
}

/// The new dues in a record file and on the command line.
@Suite struct CommitmentDueCommandTests {
    @Test func aRecordFileDueAtASessionNotPlannedYet() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "pba-57.record")
        try RecordFixtures.duesWithoutADate.write(to: file, atomically: true, encoding: .utf8)
        try cli.succeed("import", "record", file.path)
        var list = try cli.succeed("action", "list", "PBA-57")
        #expect(list.contains("due by EB-2026-1 (EB-2026-1 is not planned yet)"), "\(list)")
        #expect(list.contains("due as early as possible"), "\(list)")
        let exported = try cli.succeed("export", "record", "PBA-57")
        #expect(exported.contains("  due: by EB-2026-1\n"))
        #expect(exported.contains("  due: as early as possible\n"))

        try cli.succeed(
            "meeting", "new", "EB", "--year", "2026", "--session", "1", "--from", "2026-03-25", "--to", "2026-03-27")
        list = try cli.succeed("action", "list", "PBA-57")
        #expect(list.contains("due by EB-2026-1 (25 March 2026)"), "\(list)")
        #expect(try cli.succeed("export", "record", "PBA-57") == exported)
    }

    @Test func addAndEditTakeAsEarlyAsPossible() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "pba-57.record")
        try RecordFixtures.duesWithoutADate.write(to: file, atomically: true, encoding: .utf8)
        try cli.succeed("import", "record", file.path)
        try cli.succeed("action", "add", "PBA-57", "--from", "R1", "--as-early-as-possible", "share the notes")
        try cli.succeed("action", "edit", "A1", "--as-early-as-possible")
        try cli.succeed("action", "edit", "A2", "--due-meeting", "EB-2027-1")
        // --due takes the words too, as --upon-request and --as-early-as-possible do.
        try cli.succeed("action", "add", "PBA-57", "--from", "R1", "--due", "as early as possible", "send the list")
        try cli.succeed("action", "add", "PBA-57", "--from", "R1", "--due", "upon request", "send the costs")
        let list = try cli.json("action", "list", "PBA-57", "--json") as? [[String: Any]]
        #expect(
            list?.map { $0["due"] as? String } == [
                "as early as possible", "by EB-2027-1", "as early as possible", "as early as possible", "upon request",
            ])
        let notADate = try cli.run("action", "edit", "A1", "--due", "soon")
        #expect(notADate.status != 0)
        #expect(notADate.stderr.contains("--due"), "\(notADate.stderr)")
        let refused = try cli.run("action", "edit", "A1", "--as-early-as-possible", "--upon-request")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--as-early-as-possible"), "\(refused.stderr)")
    }
}
