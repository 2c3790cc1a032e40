import Foundation
import Testing

/// `decision show --full`: a decision with the implementation updates a report gave it.
@Suite struct DecisionShowCommandTests {
    /// Our own report: one resolution, then a decision of the Assembly whose first
    /// paragraph calls a footnote printed after the second.
    static let report = """
        I. Resolution 2/7 on housing
        1. The working group met twice.
        II. Decision 1/3 on the transition
        2. The Board asked its working group to resume.¹
        3. A staff survey was completed.

        ¹ Decision 2099/4 of the Executive Board.
        """

    static func imported() throws -> CLI {
        let cli = try CLI.initialized()
        #expect(try cli.run("decision", "add", "HA", "1/3", "--title", "Transition arrangements").status == 0)
        let file = cli.folder.appending(path: "report.txt")
        try Data(Self.report.utf8).write(to: file)
        let result = try cli.run("import", "report", file.path, "--as-of", "2099-03-01", "--symbol", "HSP/EB.2099/7")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "imported 3 implementation updates from HSP/EB.2099/7 as of 2099-03-01\n")
        return cli
    }

    @Test func fullShowsTheUpdatesWithTheirSourceAndFootnotes() throws {
        let result = try Self.imported().run("decision", "show", "1/3", "--full")
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                HA 1/3  Transition arrangements

                Implementation updates:
                  2099-03-01 HSP/EB.2099/7, para. 2: The Board asked its working group to resume.¹
                      ¹ Decision 2099/4 of the Executive Board.
                  2099-03-01 HSP/EB.2099/7, para. 3: A staff survey was completed.

                """)
    }

    @Test func withoutFullOnlyTheDecision() throws {
        let result = try Self.imported().run("decision", "show", "1/3")
        #expect(result.stdout == "HA 1/3  Transition arrangements\n")
    }

    @Test func fullAsJSONCarriesTheFootnotes() throws {
        let result = try Self.imported().run("decision", "show", "1/3", "--full", "--json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let updates = try #require(json["updates"] as? [[String: Any]])
        #expect(updates.map { $0["paragraph"] as? Int } == [2, 3])
        let footnotes = try #require(updates.first?["footnotes"] as? [[String: Any]])
        #expect(footnotes.first?["text"] as? String == "Decision 2099/4 of the Executive Board.")
    }

    @Test func aDecisionWithNoUpdateSaysWhereTheyComeFrom() throws {
        let cli = try CLI.initialized()
        _ = try cli.run("decision", "add", "HA", "1/3")
        let result = try cli.run("decision", "show", "1/3", "--full")
        #expect(result.stdout.contains("No implementation update recorded"))
    }

    @Test func aReportOnAnUnknownBoardDecisionSaysHowToAddIt() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "report.txt")
        try Data(Self.report.replacingOccurrences(of: "Decision 1/3", with: "Decision 2098/6").utf8).write(to: file)
        let result = try cli.run("import", "report", file.path, "--as-of", "2099-03-01", "--symbol", "HSP/EB.2099/7")
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file.path):4: error: unknown decision 2098/6"))
        #expect(result.stderr.contains("rapporteur decision add EB 2098/6"))
        #expect(try cli.run("resolution", "show", "2/7", "--full").stdout.contains("Implementation updates") == false)
    }

    @Test func resolutionShowFullListsAnUpdatesFootnote() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "report.txt")
        try Data("A. Resolution 2/7\n1. A guide was published.²\n\n² Available from the secretariat.\n".utf8)
            .write(to: file)
        #expect(
            try cli.run("import", "report", file.path, "--as-of", "2099-03-01", "--symbol", "HSP/EB.2099/7").status == 0
        )
        let shown = try cli.run("resolution", "show", "2/7", "--full").stdout
        #expect(
            shown.contains(
                "  2099-03-01 HSP/EB.2099/7, para. 1: A guide was published.²\n      ² Available from the secretariat.\n"
            ))
    }
}

/// Seed 002 (HSP/OECPR.2021/4): `decision show --full` lists paragraphs 30 to 34 under decision 1/3.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct SeedDecisionShowTests {
    @Test func decisionOneThreeShowsSectionV() throws {
        let cli = try CLI.initialized()
        #expect(try cli.run("decision", "add", "HA", "1/3").status == 0)
        let file = cli.folder.appending(path: "002.txt")
        try SeedFolder.text("002").write(to: file, atomically: true, encoding: .utf8)
        let imported = try cli.run("import", "report", file.path, "--as-of", "2021-03-29")
        #expect(imported.status == 0, "\(imported.stderr)")
        // The introduction (paragraph 1, under no heading) is said not stored, at its line.
        #expect(imported.stderr.contains("\(file.path):2: warning: paragraph 1 is under no heading"))
        let shown = try cli.run("decision", "show", "1/3", "--full").stdout
        let lines = shown.split(separator: "\n").filter { $0.hasPrefix("  2021-03-29 HSP/OECPR.2021/4, para. ") }
        // The first words of each paragraph, typed from the seed.
        #expect(lines.count == 5)
        let expected = [
            "para. 30: At its second session of 2020",
            "para. 31: An online meeting held on 24 February 2021",
            "para. 32: In preparation for discussions with Member States",
            "para. 33: In 2020, the UN-Habitat Stakeholder Advisory Group Enterprise",
            "para. 34: Initiatives in progress include",
        ]
        for (line, opening) in zip(lines, expected) { #expect(line.contains(opening), "\(line)") }
    }

    @Test func seed001ImportsWithoutAsOf() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "001.txt")
        try SeedFolder.text("001").write(to: file, atomically: true, encoding: .utf8)
        let imported = try cli.run("import", "report", file.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasSuffix("as of 2024-12-04\n"))
        #expect(imported.stderr.contains("\(file.path):80: note: footnote ¹ goes with paragraph 11"))
    }
}
