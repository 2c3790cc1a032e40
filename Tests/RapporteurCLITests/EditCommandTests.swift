import Foundation
import Testing

/// `intervention edit`, `response edit`, `action edit` and `meeting remove`, end to end.
@Suite struct EditCommandTests {
    @Test func anInterventionIsEditedInPlace() throws {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Colombia", "--kind", "question",
            "asked when the first phase had closed")
        #expect(
            try cli.succeed(
                "intervention", "edit", "I1", "--item", "2a", "--by", "Peru",
                "asked when the first phase of resolution 2/7 had closed") == "I1\n")
        let list = try cli.json("intervention", "list", "PBA-56", "--json") as? [[String: Any]]
        #expect(list?[0]["item"] as? String == "2(a)")
        #expect(list?[0]["speakers"] as? [String] == ["Peru"])
        #expect(list?[0]["text"] as? String == "asked when the first phase of resolution 2/7 had closed")
        #expect(list?[0]["resolutions"] as? [String] == ["2/7"])
        let refused = try cli.run("intervention", "edit", "I1", "--kind", "comment")
        #expect(refused.status == 64)
        #expect(refused.stderr.hasPrefix("error: I1 carries Q1, so it stays a question or a request"))
        let unknown = try cli.run("intervention", "edit", "I1", "--by", "Frnace")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("France"))
    }

    @Test func aResponseAndACommitmentAreEditedInPlace() throws {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Colombia", "--kind", "question", "asked when")
        try cli.succeed("response", "add", "PBA-56", "--item", "2", "--answers", "Q1", "explained that it had closed")
        try cli.succeed("action", "add", "PBA-56", "--from", "R1", "--upon-request", "share the figures")
        #expect(
            try cli.succeed("response", "edit", "R1", "--unit", "Housing Unit", "explained when it had closed")
                == "R1\n")
        #expect(try cli.succeed("action", "edit", "A1", "--due-meeting", "EB-2024-2") == "A1\n")
        let responses = try cli.json("response", "list", "PBA-56", "--json") as? [[String: Any]]
        #expect(responses?[0]["unit"] as? String == "Housing Unit")
        #expect(responses?[0]["text"] as? String == "explained when it had closed")
        let actions = try cli.json("action", "list", "--json") as? [[String: Any]]
        #expect(actions?[0]["dueMeeting"] as? String == "EB-2024-2")
        let early = try cli.run("action", "edit", "A1", "--due", "2024-01-01")
        #expect(early.status == 64)
        #expect(
            early.stderr
                == "error: the due date 2024-01-01 is before PBA-56 (16 October 2024), where the commitment was made\n")
        let both = try cli.run("action", "edit", "A1", "--due", "2025-01-01", "--no-due")
        #expect(both.status == 64)
    }

    @Test func anEditTakesItsTextLikeAnAdd() throws {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Colombia", "--kind", "comment", "noted it")
        // A text that begins with a dash, as an argument, from standard input and from a file.
        #expect(try cli.succeed("intervention", "edit", "I1", "- highlighted the housing targets") == "I1\n")
        var list = try cli.json("intervention", "list", "PBA-56", "--json") as? [[String: Any]]
        #expect(list?[0]["text"] as? String == "- highlighted the housing targets")
        let piped = try cli.run(
            arguments: ["intervention", "edit", "I1", "-"], input: Data("noted the new targets\n".utf8))
        #expect(piped.status == 0, "\(piped.stderr)")
        list = try cli.json("intervention", "list", "PBA-56", "--json") as? [[String: Any]]
        #expect(list?[0]["text"] as? String == "noted the new targets")
        let file = cli.folder.appendingPathComponent("text.txt")
        try "welcomed the targets".write(to: file, atomically: true, encoding: .utf8)
        try cli.succeed("intervention", "edit", "I1", "--text-file", file.path)
        list = try cli.json("intervention", "list", "PBA-56", "--json") as? [[String: Any]]
        #expect(list?[0]["text"] as? String == "welcomed the targets")
    }

    @Test func meetingRemoveListsWhatGoesAndNeedsForce() throws {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Colombia", "--kind", "question", "asked when")
        try cli.succeed("response", "add", "EB-2024-2", "--item", "1", "--answers", "Q1", "gave the date")
        let listed = try cli.run("meeting", "remove", "PBA-56")
        #expect(listed.status == 1)
        #expect(
            listed.stdout == """
                the meeting PBA-56
                4 agenda items
                1 intervention: I1
                1 ask: Q1
                1 answer from another meeting to its asks: R1 (EB-2024-2) answered Q1

                """)
        #expect(
            listed.stderr
                == "error: nothing removed; run again with --force to remove PBA-56 and everything listed above\n")
        #expect(try cli.succeed("meeting", "show", "PBA-56").contains("PBA-56"))
        let removed = try cli.run("meeting", "remove", "PBA-56", "--force")
        #expect(removed.status == 0)
        #expect(removed.stdout == listed.stdout)
        #expect(removed.stderr == "Removed PBA-56.\n")
        #expect(try cli.run("meeting", "show", "PBA-56").status == 64)
        #expect(try cli.succeed("response", "list", "EB-2024-2").contains("gave the date"))
    }

    @Test(arguments: [["intervention", "edit"], ["response", "edit"], ["action", "edit"], ["meeting", "remove"]])
    func helpLeadsWithExamplesThatFitInEightyColumns(command: [String]) throws {
        let help = try CLI().run(arguments: command + ["--help"], useDatabase: false)
        #expect(help.status == 0)
        let examples = help.stdout.range(of: "Examples:\n  rapporteur \(command.joined(separator: " "))")
        let usage = help.stdout.range(of: "USAGE:")
        #expect(examples != nil)
        if let examples, let usage { #expect(examples.lowerBound < usage.lowerBound) }
        let fromExamples = help.stdout[help.stdout.range(of: "Examples:")!.lowerBound...]
        let block = fromExamples.range(of: "\n\n").map { fromExamples[..<$0.lowerBound] } ?? fromExamples
        for line in block.split(separator: "\n") {
            #expect(line.count < 80, "\(line)")
        }
    }
}
