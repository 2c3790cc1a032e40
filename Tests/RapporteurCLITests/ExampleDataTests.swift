import Foundation
import Testing

/// The demo's example record imports cleanly through the real binary and shows what
/// the demo promises: open asks, partly answered asks and overdue commitments.
@Suite struct ExampleDataTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "examples")

    /// A database with the demo's example record imported through the binary.
    static func demo() throws -> CLI {
        let cli = try CLI.initialized()
        let result = try cli.run("import", "record", examples.appending(path: "pba-56.record").path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return cli
    }

    @Test func theDemoRecordImportsAndLeavesWorkToFollowUp() throws {
        let cli = try Self.demo()
        let list = try cli.json("followup", "--as-of", "2025-01-15", "--json") as? [String: Any]
        let asks = list?["asks"] as? [[String: Any]] ?? []
        let commitments = list?["commitments"] as? [[String: Any]] ?? []
        #expect(asks.contains { $0["status"] as? String == "open" })
        #expect(asks.contains { $0["status"] as? String == "partiallyAnswered" })
        #expect(commitments.contains { $0["overdue"] as? Bool == true })
        #expect(try cli.succeed("agenda", "show", "PBA-56").contains("Agenda (adopted without any change)"))
        // Only France, the convenor, is named in the published summary; the record keeps it so.
        let named = (try cli.json("intervention", "list", "PBA-56", "--json") as? [[String: Any]] ?? [])
            .filter { $0["named"] as? Bool == true }
        #expect(named.map { $0["speakers"] as? [String] } == [["France"]])
    }
}

/// Export, import into an empty database, export again: the same bytes.
@Suite struct RecordRoundTripTests {
    @Test func theDemoMeetingRoundTripsByteForByte() throws {
        let first = try ExampleDataTests.demo().succeed("export", "record", "PBA-56", "EB-2024-2", "OEWG-H-1")
        let empty = try CLI.initialized()
        let file = empty.folder.appending(path: "export.record")
        try first.write(to: file, atomically: true, encoding: .utf8)
        try empty.succeed("import", "record", file.path)
        let second = try empty.succeed("export", "record", "PBA-56", "EB-2024-2", "OEWG-H-1")
        #expect(second == first)
        // Importing the same file again updates the meeting; it does not duplicate it.
        try empty.succeed("import", "record", file.path)
        #expect(try empty.succeed("export", "record", "PBA-56", "EB-2024-2", "OEWG-H-1") == first)
        let interventions = try empty.json("intervention", "list", "PBA-56", "--json") as? [Any]
        #expect(interventions?.count == 41)
    }

    @Test func aRecordFileSavedOnWindowsImportsTheSame() throws {
        let first = try ExampleDataTests.demo().succeed("export", "record", "PBA-56", "EB-2024-2", "OEWG-H-1")
        let empty = try CLI.initialized()
        let file = empty.folder.appending(path: "windows.record")
        try first.replacingOccurrences(of: "\n", with: "\r\n").write(to: file, atomically: true, encoding: .utf8)
        try empty.succeed("import", "record", file.path)
        #expect(try empty.succeed("export", "record", "PBA-56", "EB-2024-2", "OEWG-H-1") == first)
    }

    @Test func everyProblemInAFileIsReportedWithItsLineAndNothingIsWritten() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "bad.record")
        try """
        # Rapporteur record, format 1
        meeting PBA-90
          body: PBA
          number: 90
          dates: 2025-02-05
        item 1: Adoption of the provisional agenda

        intervention I1
          item: 1
          by: Frnace
          kind: question
          text: asked a question

        intervention I2
          item: 4
          by: Kenya
          kind: comment
          text: spoke

        response R1
          item: 1
          answers: Q7
          text: answered
        """.write(to: file, atomically: true, encoding: .utf8)
        let before = try cli.dump()
        let result = try cli.run("import", "record", file.path)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                \(file.path):8: error: unknown speaker 'Frnace' (did you mean France?); speakers are States, groups, "Member States", "Chair", "Secretariat", "entity: …" or "stakeholder: …"
                \(file.path):14: error: I2: agenda item 4 is not on the agenda of PBA-90
                \(file.path):20: error: no ask Q7 in this meeting
                3 errors; nothing was imported

                """)
        #expect(try cli.dump() == before)
    }

    @Test func aDryRunWritesNothing() throws {
        let cli = try CLI.initialized()
        let before = try cli.dump()
        let result = try cli.run(
            "import", "record", "--dry-run", ExampleDataTests.examples.appending(path: "pba-56.record").path)
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix("would be PBA-56: added — 6 agenda items, 41 interventions, 33 asks, 33 responses"))
        #expect(try cli.dump() == before)
    }
}
