import Foundation
import Testing

/// Texts typed on the command line are recorded as typed, however they begin, and long
/// ones come from standard input or a file.
@Suite struct TextArgumentTests {
    /// A meeting with its standard agenda, to record into.
    static func meeting() throws -> CLI {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "56", "--date", "2024-10-16")
        try cli.succeed("agenda", "standard", "PBA-56")
        return cli
    }

    static func interventionTexts(_ cli: CLI) throws -> [String] {
        let list = try cli.json("intervention", "list", "PBA-56", "--json") as? [[String: Any]] ?? []
        return list.compactMap { $0["text"] as? String }
    }

    /// A text beginning with "- " that holds an "h" once printed the help and recorded nothing.
    @Test(arguments: [
        "- asked how the housing figures had been gathered",
        "- h",
        "-hush",
        "-5 per cent was the change in the core budget, it noted",
        "—asked whether the report would follow",
        "-",
    ])
    func aTextBeginningWithADashIsRecorded(text: String) throws {
        let cli = try Self.meeting()
        let withText = text == "-" ? ["--text-file", try Self.file(cli, "-")] : [text]
        let result = try cli.run(
            arguments: [
                "intervention", "add", "PBA-56", "--item", "1", "--by", "France",
                "--kind", "comment",
            ] + withText)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "I1\n")
        #expect(try Self.interventionTexts(cli) == [text])
    }

    /// Wherever the text stands among the options, and after a flag.
    @Test func aDashTextIsRecordedWhereverItStands() throws {
        let cli = try Self.meeting()
        let text = "- informed the meeting that the host would convene the group"
        try cli.succeed(
            "intervention", "add", "PBA-56", text, "--item", "1", "--by", "France", "--kind", "announcement")
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "1", "--by", "France", "--kind", "announcement",
            "--named", text)
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "1", "--by", "France", "--kind", "question",
            "--ask", "- how the host was chosen", text)
        #expect(try Self.interventionTexts(cli) == [text, text, text])
        let asks =
            (try cli.json("intervention", "list", "PBA-56", "--json") as? [[String: Any]] ?? [])
            .last?["asks"] as? [[String: Any]]
        #expect(asks?.map { $0["text"] as? String } == ["- how the host was chosen"])
    }

    /// Every command that takes a text or a title takes it the same way.
    @Test func everyTextArgumentTakesADashText() throws {
        let cli = try Self.meeting()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "1", "--by", "Colombia", "--kind", "question",
            "- asked how many had enrolled")
        #expect(
            try cli.succeed(
                "response", "add", "PBA-56", "--item", "1", "--answers", "Q1",
                "- explained how enrolment was counted") == "R1\n")
        #expect(
            try cli.succeed(
                "action", "add", "PBA-56", "--from", "R1", "--due", "2024-12-31",
                "- share the enrolment figures") == "A1\n")
        #expect(try cli.succeed("agenda", "add", "PBA-56", "- Housing: a progress note") == "3\n")
        let updated = try cli.run("resolution", "update", "2/7", "--as-of", "2025-03-01", "- The group met (OP3).")
        #expect(updated.status == 0, "\(updated.stderr)")
        try cli.succeed("action", "done", "A1", "--on", "2025-01-10", "--note", "- sent by note verbale")

        let responses = try cli.json("response", "list", "PBA-56", "--json") as? [[String: Any]]
        #expect(responses?.first?["text"] as? String == "- explained how enrolment was counted")
        let commitments = try cli.json("action", "list", "PBA-56", "--json") as? [[String: Any]]
        #expect(commitments?.first?["text"] as? String == "- share the enrolment figures")
        #expect(commitments?.first?["note"] as? String == "- sent by note verbale")
        let agenda = try cli.json("agenda", "show", "PBA-56", "--json") as? [[String: Any]]
        #expect(agenda?.last?["title"] as? String == "- Housing: a progress note")
        let full = try cli.json("resolution", "show", "2/7", "--full", "--json") as? [String: Any]
        let updates = full?["updates"] as? [[String: Any]]
        #expect(updates?.map { $0["text"] as? String } == ["- The group met (OP3)."])
    }

    /// A text that reads as an option ("--help", "-h") is a text after `--`.
    @Test func aTextThatReadsAsAnOptionGoesAfterTheTerminator() throws {
        let cli = try Self.meeting()
        for text in ["--help", "-h", "--by France"] {
            let result = try cli.run(
                "intervention", "add", "PBA-56", "--item", "1", "--by", "France",
                "--kind", "comment", "--", text)
            #expect(result.status == 0, "\(text): \(result.stderr)")
        }
        #expect(try Self.interventionTexts(cli) == ["--help", "-h", "--by France"])
        // Without `--` it is read as the option it looks like, and says how to give it as text.
        let unknown = try cli.run(
            "intervention", "add", "PBA-56", "--item", "1", "--by", "France",
            "--kind", "comment", "--verbose")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("error: "))
        #expect(unknown.stderr.contains("after --"), "\(unknown.stderr)")
    }

    /// Over the 128 KiB a single argument may hold, from standard input (`-`) or a file.
    @Test func aLongTextComesFromStandardInputOrAFile() throws {
        let cli = try Self.meeting()
        let text =
            "noted that " + String(repeating: "the housing figures had been gathered with care; ", count: 4_000)
            + "and thanked the secretariat"
        #expect(text.utf8.count > 128 * 1024)
        let fromInput = try cli.run(
            arguments: [
                "intervention", "add", "PBA-56", "--item", "1", "--by", "France",
                "--kind", "comment", "-",
            ], input: Data((text + "\n").utf8))
        #expect(fromInput.status == 0, "\(fromInput.stderr)")
        let fromFile = try cli.run(
            "intervention", "add", "PBA-56", "--item", "1", "--by", "France",
            "--kind", "comment", "--text-file", try Self.file(cli, text))
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(try Self.interventionTexts(cli) == [text, text])
        let title = try cli.run(arguments: ["agenda", "add", "PBA-56", "-"], input: Data("Any other matters\r\n".utf8))
        #expect(title.status == 0, "\(title.stderr)")
        let agenda = try cli.json("agenda", "show", "PBA-56", "--json") as? [[String: Any]]
        #expect(agenda?.last?["title"] as? String == "Any other matters")
    }

    @Test(arguments: [
        (["a text", "--text-file", "FILE"], "give the text either as an argument or with --text-file, not both"),
        ([], "give the text as an argument, as - to read it from standard input, or with --text-file FILE"),
        (["--text-file", "missing.txt"], "cannot read missing.txt: it is missing or unreadable"),
        (["-"], "the text is empty"),
    ])
    func aTextGivenTwiceOrNotAtAllIsRefused(arguments: [String], message: String) throws {
        let cli = try Self.meeting()
        let file = try Self.file(cli, "a text from a file")
        let before = try cli.dump()
        let result = try cli.run(
            arguments: [
                "intervention", "add", "PBA-56", "--item", "1", "--by", "France",
                "--kind", "comment",
            ] + arguments.map { $0 == "FILE" ? file : $0 },
            input: Data())
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try cli.dump() == before)
    }

    static func file(_ cli: CLI, _ text: String) throws -> String {
        let url = cli.folder.appending(path: "text-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
