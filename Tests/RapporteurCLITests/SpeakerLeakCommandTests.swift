import Foundation
import Testing

/// An anonymous summary never gives away who spoke: `summary --check` lists every text
/// of the record that names a speaker not marked to be named, and entering or
/// importing such a text warns.
@Suite struct SpeakerLeakCommandTests {
    /// PBA-1 with its standard agenda: item 1, the adoption; item 2, any other business.
    private func meeting() throws -> CLI {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "1", "--date", "2024-01-10")
        try cli.succeed("agenda", "standard", "PBA-1")
        return cli
    }

    @Test func checkListsEachLeakWithItsParagraphAndSpeakerAndExitsTwo() throws {
        let cli = try meeting()
        try cli.succeed(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "France", "--kind", "comment",
            "welcomed the update")
        try cli.succeed(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "France", "--kind", "comment",
            "France asked the Secretariat to share the report")
        let summary = try cli.succeed("summary", "PBA-1")
        #expect(summary.contains("3. The same Member State France asked the Secretariat to share the report."))
        let check = try cli.run("summary", "PBA-1", "--check")
        #expect(check.status == 2, "\(check.stderr)")
        #expect(
            check.stdout == "¶3 I2 reveals France (\"France\"): France spoke at PBA-1 and is not marked to be named\n")
        #expect(check.stderr.contains("1 text of PBA-1 would reveal a speaker in the anonymous summary"))
        // The same record written in the named style hides no one.
        let named = try cli.run("summary", "PBA-1", "--check", "--style", "named")
        #expect(named.status == 0)
        #expect(named.stdout.contains("the named style names every speaker"))
    }

    @Test func aCleanRecordChecksClean() throws {
        let cli = try meeting()
        try cli.succeed(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "Kenya", "--kind", "comment",
            "noted that the tool would be presented at COP16 in Colombia")
        try cli.succeed(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "France", "--named",
            "--kind", "announcement", "informed that France would host a meeting")
        let check = try cli.run("summary", "PBA-1", "--check")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout == "PBA-1: no speaker revealed in the anonymous style\n")
    }

    @Test func interventionAddWarnsOfTheLeakAndStillRecords() throws {
        let cli = try meeting()
        try cli.succeed(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "Türkiye", "--kind", "comment",
            "shared its experience")
        let clean = try cli.run(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "Chair", "--kind", "statement",
            "thanked the delegations")
        #expect(clean.stderr.isEmpty, "\(clean.stderr)")
        let added = try cli.run(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "Chair", "--kind", "statement",
            "thanked Turkey for its experience")
        #expect(added.status == 0)
        #expect(added.stdout == "I3\n")
        #expect(
            added.stderr == "warning: I3 (¶4) reveals Türkiye (\"Turkey\") in the anonymous summary of PBA-1: "
                + "Türkiye spoke there and is not marked to be named; reword the text, or mark Türkiye's intervention "
                + "--named if it speaks as host or convenor\n")
        #expect(try cli.succeed("summary", "PBA-1").contains("The Chair thanked Turkey"))
        // A later entry that brings nothing new warns of nothing.
        let later = try cli.run(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "Member States",
            "--kind", "appreciation", "welcomed the update")
        #expect(later.stderr.isEmpty, "\(later.stderr)")
    }

    @Test func editsWarnOfTheLeaksTheyBringIn() throws {
        let cli = try meeting()
        try cli.succeed(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "Kenya", "--kind", "question",
            "asked when the report would be shared")
        try cli.succeed("response", "add", "PBA-1", "--item", "2", "--answers", "Q1", "explained that it was ready")
        try cli.succeed("action", "add", "PBA-1", "--from", "R1", "--upon-request", "share the report")
        let intervention = try cli.run("intervention", "edit", "I1", "asked when Kenya would see the report")
        #expect(intervention.status == 0)
        #expect(intervention.stderr.hasPrefix("warning: I1 (¶2) reveals Kenya (\"Kenya\")"), "\(intervention.stderr)")
        let response = try cli.run("response", "edit", "R1", "explained that Kenya would have it soon")
        #expect(response.stderr.hasPrefix("warning: R1 "), "\(response.stderr)")
        let action = try cli.run("action", "edit", "A1", "share the report with Kenya")
        #expect(action.stderr.hasPrefix("warning: A1 "), "\(action.stderr)")
        // An edit that changes no text brings no new leak and warns of nothing.
        let quiet = try cli.run("action", "edit", "A1", "--no-due")
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func responseAndActionAddWarnToo() throws {
        let cli = try meeting()
        try cli.succeed(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "Kenya", "--kind", "request",
            "asked for the report")
        let response = try cli.run(
            "response", "add", "PBA-1", "--item", "2", "--answers", "Q1",
            "promised the Kenyan delegation the report")
        #expect(response.status == 0)
        #expect(
            response.stderr.hasPrefix("warning: R1 (¶3) reveals Kenya (\"Kenyan delegation\")"), "\(response.stderr)")
        let action = try cli.run(
            "action", "add", "PBA-1", "--from", "R1", "--due", "2024-02-01", "send the report to Kenya")
        #expect(action.status == 0)
        #expect(action.stderr.hasPrefix("warning: A1 (¶3) reveals Kenya (\"Kenya\")"), "\(action.stderr)")
        let json = try cli.run("summary", "PBA-1", "--check", "--json")
        #expect(json.status == 2)
        let leaks = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(leaks?.map { $0["record"] as? String } == ["R1", "A1"])
        #expect(leaks?.first?["paragraph"] as? Int == 3)
    }

    @Test func importRecordWarnsOfEveryLeak() throws {
        let cli = try meeting()
        try cli.succeed(
            "intervention", "add", "PBA-1", "--item", "2", "--by", "Nigeria", "--kind", "question",
            "asked about the projects in the Niger")
        try cli.succeed(
            "response", "add", "PBA-1", "--item", "2", "--answers", "Q1",
            "explained to NGA that the projects had started")
        let file = cli.folder.appending(path: "pba-1.record")
        try cli.succeed("export", "record", "PBA-1").write(to: file, atomically: true, encoding: .utf8)
        let empty = try CLI.initialized()
        let imported = try empty.run("import", "record", file.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            imported.stderr == "warning: R1 (¶3) reveals Nigeria (\"NGA\") in the anonymous summary of PBA-1: "
                + "Nigeria spoke there and is not marked to be named; reword the text, or mark Nigeria's intervention "
                + "--named if it speaks as host or convenor\n")
        #expect(try empty.run("summary", "PBA-1", "--check").status == 2)
    }

    @Test func theDemoRecordRevealsNoSpeaker() throws {
        let cli = try ExampleDataTests.demo()
        let check = try cli.run("summary", "PBA-56", "--check")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout == "PBA-56: no speaker revealed in the anonymous style\n")
    }
}

/// Seed 004, the published summary, imported as it is: it names France only, as the
/// convenor, and so reveals no one.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct SeedSpeakerLeakTests {
    @Test func theImportedSeedRevealsNoSpeaker() throws {
        let (cli, file) = try CLI.withSeed004()
        let imported = try cli.run("import", "summary", file.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(!imported.stderr.contains("reveals"), "\(imported.stderr)")
        let check = try cli.run("summary", "PBA-56", "--check")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout == "PBA-56: no speaker revealed in the anonymous style\n")
    }
}
