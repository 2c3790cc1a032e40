import Foundation
import Testing

/// `body add` and `body remove` through the binary, and a meeting of an added body
/// carried by its record into a database that never had the body.
@Suite struct BodyAddCommandTests {
    /// The Governing Council as its twentieth session's annotated agenda
    /// (HSP/GC/20/1/Add.1) names it.
    private static let addGC = [
        "body", "add", "GC", "--numbering", "session",
        "--name", "Governing Council of the United Nations Human Settlements Programme",
        "--short-name", "the Governing Council", "--symbol-prefix", "HSP/GC", "--attribution", "named",
    ]

    private func addGC(_ cli: CLI) throws {
        let result = try cli.run(arguments: Self.addGC)
        guard result.status == 0 else { throw CLI.Failure(description: "body add GC: \(result.stderr)") }
    }

    @Test func anAddedBodyIsListedShownAndPlansItsSessions() throws {
        let cli = try CLI.initialized()
        let added = try cli.run(arguments: Self.addGC)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr == "Added GC: Governing Council of the United Nations Human Settlements Programme.\n")
        let list = try cli.succeed("body", "list")
        #expect(
            list.hasSuffix("GC      Governing Council of the United Nations Human Settlements Programme\n"), "\(list)")
        let show = try cli.succeed("body", "show", "gc")
        #expect(show.contains("Short name:         the Governing Council\n"), "\(show)")
        #expect(show.contains("Meetings numbered:  session (session)\n"), "\(show)")
        #expect(show.contains("Attribution:        named\n"), "\(show)")
        #expect(show.contains("Symbol prefix:      HSP/GC\n"), "\(show)")
        // Nairobi, 4–8 April 2005.
        let planned = try cli.succeed(
            "meeting", "new", "GC", "--session", "20", "--from", "2005-04-04", "--to", "2005-04-08")
        #expect(planned == "GC-20\n")

        try cli.succeed(
            "body", "add", "EB-BUREAU", "--numbering", "number", "--parent", "EB",
            "--name", "Bureau of the Executive Board", "--short-name", "the Bureau")
        let bureau = try cli.json("body", "show", "EB-BUREAU", "--json") as? [String: Any]
        #expect(bureau?["parent"] as? String == "EB")
        #expect(bureau?["meetingNoun"] as? String == "meeting")
        #expect(
            try cli.succeed("meeting", "new", "EB-BUREAU", "--number", "3", "--date", "2025-02-11") == "EB-BUREAU-3\n")
    }

    @Test(arguments: [
        (
            ["body", "add", "gc", "--numbering", "session", "--name", "Governing Council"],
            "code 'gc' is not a body code"
        ),
        (["body", "add", "EB", "--numbering", "session", "--name", "Governing Council"], "code 'EB' is used already"),
        (
            ["body", "add", "GOVERNING COUNCIL", "--numbering", "session", "--name", "Governing Council"],
            "code 'GOVERNING COUNCIL' is not a body code"
        ),
        (
            ["body", "add", "GC", "--numbering", "session", "--name", "Governing Council", "--parent", "XX"],
            "--parent 'XX' is not a body"
        ),
        (
            ["body", "add", "GC", "--numbering", "session", "--name", "Governing Council", "--parent", "GC"],
            "--parent 'GC' is the body itself"
        ),
        (
            ["body", "add", "GC", "--numbering", "sessions", "--name", "Governing Council"],
            "--numbering must be one of"
        ),
        (
            [
                "body", "add", "GC", "--numbering", "session", "--name", "Governing Council", "--meeting-noun",
                "sitting",
            ],
            "--meeting-noun must be meeting or session, not 'sitting'"
        ),
    ])
    func badInputIsRefusedWithExit64AndNothingIsWritten(arguments: [String], message: String) throws {
        let cli = try CLI.initialized()
        let before = try cli.dump()
        let result = try cli.run(arguments: arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try cli.dump() == before)
    }

    @Test func removeTakesABodyWithoutMeetingsAndRefusesOneWithThemOrAShippedOne() throws {
        let cli = try CLI.initialized()
        try addGC(cli)
        try cli.succeed("meeting", "new", "GC", "--session", "20", "--from", "2005-04-04", "--to", "2005-04-08")
        let refused = try cli.run("body", "remove", "GC")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "GC has 1 meeting, so it cannot be removed; remove its meetings first with `rapporteur meeting remove`"),
            "\(refused.stderr)")
        try cli.succeed("meeting", "remove", "GC-20", "--force")
        let removed = try cli.run("body", "remove", "GC")
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stderr == "Removed GC.\n")
        #expect(!(try cli.succeed("body", "list")).contains("GC "))

        let shipped = try cli.run("body", "remove", "CPR")
        #expect(shipped.status == 1)
        #expect(shipped.stderr.contains("CPR is one of the shipped bodies"), "\(shipped.stderr)")
    }

    @Test func aMeetingOfAnAddedBodyRoundTripsThroughAFreshDatabase() throws {
        let cli = try CLI.initialized()
        try addGC(cli)
        try cli.succeed("meeting", "new", "GC", "--session", "20", "--from", "2005-04-04", "--to", "2005-04-08")
        try cli.succeed("agenda", "add", "GC-20", "Election of officers")
        let exported = try cli.succeed("export", "record", "GC-20")
        #expect(
            exported.contains(
                "\nbody GC\n  name: Governing Council of the United Nations Human Settlements Programme\n"))
        let file = cli.folder.appending(path: "gc-20.record")
        try Data(exported.utf8).write(to: file)

        let fresh = try CLI.initialized()
        let imported = try fresh.run("import", "record", file.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try fresh.succeed("export", "record", "GC-20") == exported)
        #expect(try fresh.succeed("body", "show", "GC").contains("Short name:         the Governing Council\n"))
    }
}
