import Foundation
import RapporteurTestSupport
import Testing

/// The follow-up list of seed 004 imported with `--link auto`, against an officer's
/// reading of which asks its responses answer (the fixture the library's inference is
/// measured against).
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct SeedFollowUpTests {
    @Test func theListHoldsAsOpenOnlyWhatAnOfficerLeavesOpenAndTheProposalsApart() throws {
        let (cli, file) = try CLI.withSeed004()
        let imported = try cli.succeed("import", "summary", file.path, "--link", "auto")
        // What answers and what waits for an officer are counted apart.
        #expect(imported.contains(" proposed, to review), "))

        let reading = try SeedAnswerReading(packageRoot: CLI.packageRoot)
        let list = try #require(
            try cli.json("followup", "--meeting", "PBA-56", "--as-of", "2025-01-15", "--json") as? [String: Any])
        let asks = try #require(list["asks"] as? [[String: Any]])
        var covered: [(line: SeedAnswerReading.Line, status: String)] = []
        for ask in asks {
            let text = try #require(ask["text"] as? String)
            let status = try #require(ask["status"] as? String)
            // Each ask names the paragraph it was published as, so a colleague can check it.
            let paragraph = try #require(ask["sourceParagraph"] as? Int, "\(text) has no published paragraph")
            let lines = reading.lines(coveredByAsk: text, paragraph: paragraph)
            #expect(!lines.isEmpty, "paragraph \(paragraph) holds no ask in the reading: \(text)")
            if status == "open" || status == "partiallyAnswered" {
                for line in lines where !line.isOutstanding {
                    Issue.record("listed \(status) but answered in full (paragraph \(paragraph), \(line.phrase))")
                }
            } else {
                #expect(status == "answerProposed", "unknown status \(status)")
                let proposals = (ask["answers"] as? [[String: Any]] ?? []).filter {
                    $0["state"] as? String == "proposed"
                }
                #expect(!proposals.isEmpty, "paragraph \(paragraph) is listed as proposed without a proposal")
            }
            covered += lines.map { ($0, status) }
        }
        for line in reading.lines where line.isOutstanding {
            #expect(
                covered.contains { $0.line.paragraph == line.paragraph && $0.line.phrase == line.phrase },
                "paragraph \(line.paragraph) (\(line.phrase)) is \(line.extent) in the reading but not on the list")
        }
        let open = covered.filter { $0.status != "answerProposed" }.map { "\($0.line.paragraph) \($0.line.phrase)" }
        print("listed open or partly answered: \(open.joined(separator: "; "))")

        // The text list puts the proposals under their own heading, after the asks that are open.
        let text = try cli.succeed("followup", "--meeting", "PBA-56", "--as-of", "2025-01-15")
        if asks.contains(where: { $0["status"] as? String == "answerProposed" }) {
            #expect(text.contains("    Answer proposed, to confirm:\n"))
            #expect(text.contains("with an answer proposed, to confirm"))
        }
        #expect(text.contains(", item 2, paragraph 12: "))
    }
}
