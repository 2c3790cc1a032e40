import Foundation
import Testing

/// `link review` on a pseudo-terminal (util-linux `script`), as an officer runs it.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script(1) is missing"))
struct LinkReviewCommandTests {
    /// A meeting whose two responses are proposed, not confirmed, as answers to its two asks.
    private func meetingWithProposals() throws -> CLI {
        // Written in one database and read into a new one, so that its records keep
        // the numbers they have in the file (Q1, R1).
        let scratch = try CLI.initialized()
        try scratch.run(arguments: MeetingCommandTests.pba56)
        try scratch.succeed("agenda", "standard", "PBA-56")
        try scratch.succeed(
            "intervention", "add", "PBA-56", "--item", "1", "--by", "Kenya", "--kind", "question",
            "asked when the course would open")
        try scratch.succeed(
            "intervention", "add", "PBA-56", "--item", "1", "--by", "Chile", "--kind", "request",
            "requested the list of trainers")
        try scratch.succeed("response", "add", "PBA-56", "--item", "1", "said the course would open in March")
        try scratch.succeed("response", "add", "PBA-56", "--item", "1", "thanked the delegations")
        var record = try scratch.succeed("export", "record", "PBA-56")
        record = record.replacingOccurrences(of: "response R1\n", with: "response R1\n  answers: Q1 inferred 0.86\n")
        record = record.replacingOccurrences(
            of: "response R2\n", with: "response R2\n  answers: Q2 partial inferred 0.70\n")
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "proposed.record")
        try record.write(to: file, atomically: true, encoding: .utf8)
        try cli.succeed("import", "record", file.path)
        return cli
    }

    private func review(_ cli: CLI, typing keys: String) throws -> CLI.Result {
        try cli.run(
            arguments: ["-qec", "\(CLI.binary.path) link review PBA-56", "/dev/null"],
            binary: URL(fileURLWithPath: "/usr/bin/script"), input: Data(keys.utf8))
    }

    private func statuses(_ cli: CLI) throws -> [String: String] {
        let list = try cli.json("followup", "--as-of", "2024-11-01", "--json") as? [String: Any]
        var result: [String: String] = [:]
        for ask in list?["asks"] as? [[String: Any]] ?? [] { result[ask["id"] as! String] = ask["status"] as? String }
        return result
    }

    @Test func eachDecisionIsStoredAsItIsTaken() throws {
        let cli = try meetingWithProposals()
        #expect(try statuses(cli) == ["Q1": "answerProposed", "Q2": "answerProposed"])

        let run = try review(cli, typing: "c\nr\n")
        #expect(run.stdout.contains("[c]onfirm as proposed, confirm in [f]ull, in [p]art, [r]eject, [s]kip, [q]uit? "))
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("Proposal 1 of 2: R1 answers Q1 (proposed, confidence 86 %)"))
        #expect(run.stdout.contains("Ask      Q1, item 1, Kenya: asked when the course would open"))
        #expect(run.stdout.contains("Response R1, item 1, Secretariat: said the course would open in March"))
        #expect(run.stdout.contains("Proposal 2 of 2: R2 answers Q2 in part (proposed, confidence 70 %)"))
        // Q1 is answered and leaves the list; the rejected link is gone and Q2 is open again.
        #expect(try statuses(cli) == ["Q2": "open"])
        let links = try cli.succeed("link", "list", "PBA-56")
        #expect(links.hasPrefix("R1 answers Q1 (inferred, confirmed, confidence 86 %)\n"))
        #expect(!links.contains("R2 answers"))
        #expect(try review(cli, typing: "").stdout.contains("No proposed links to review."))
    }

    @Test func aProposalInPartCanBeConfirmedInFull() throws {
        let cli = try meetingWithProposals()
        let run = try review(cli, typing: "s\nf\n")
        #expect(run.stdout.contains("1 confirmed, 0 confirmed in part, 0 rejected; 1 still proposed."))
        #expect(try statuses(cli) == ["Q1": "answerProposed"])
    }

    @Test func anInterruptedReviewKeepsWhatWasDecided() throws {
        let cli = try meetingWithProposals()
        // An unknown key asks again; the end of input stops the review after one decision.
        let run = try review(cli, typing: "x\np\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("1 confirmed in part, 0 rejected; 1 still proposed."))
        #expect(try statuses(cli) == ["Q1": "partiallyAnswered", "Q2": "answerProposed"])
        let proposals = try cli.succeed("link", "list", "PBA-56", "--inferred")
        #expect(proposals.hasPrefix("R2 answers Q2 in part (proposed, confidence 70 %)\n"))
    }

    @Test func withoutATerminalItRefusesAndPointsToTheList() throws {
        let cli = try meetingWithProposals()
        let run = try cli.run("link", "review", "PBA-56")
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("`rapporteur link list PBA-56 --inferred`"))
        #expect(try statuses(cli) == ["Q1": "answerProposed", "Q2": "answerProposed"])
    }
}
