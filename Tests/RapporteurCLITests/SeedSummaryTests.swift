import Foundation
import Testing

/// The summary written from the demo's record of PBA-56 (our own words) has the
/// structure of the published summary of that meeting, seed 004.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct SeedSummaryTests {
    /// Lines without trailing spaces, blank lines dropped; indentation is kept, so that
    /// quoted agenda lines are not taken for numbered paragraphs.
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0.reversed().drop { $0 == " " }.reversed()) }.filter { !$0.isEmpty }
    }

    private func seed() throws -> [String] {
        try lines(SeedFolder.text("004"))
    }

    private func summary() throws -> [String] {
        try lines(ExampleDataTests.demo().succeed("summary", "PBA-56", "--format", "txt"))
    }

    /// Letters and digits only: the seed writes "ad-hoc" and "budgetary, and".
    private func words(_ line: String) -> String {
        line.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
            .replacingOccurrences(of: "ad hoc", with: "adhoc").replacingOccurrences(
                of: "budgetary and", with: "budgetary")
    }

    @Test func theSummaryHasTheStructureOfTheSeed() throws {
        let seed = try seed()
        let ours = try summary()

        // Heading: title, date and time, venue, the Chair's two lines.
        #expect(words(ours[0]) == words(seed[0]))
        #expect(Array(ours[1...4]) == Array(seed[1...4]).map { $0.trimmingCharacters(in: .whitespaces) })

        // The same agenda items.
        let items = { (lines: [String]) in lines.filter { $0.hasPrefix("Agenda item ") }.map { $0.prefix(14) } }
        #expect(items(ours) == items(seed))
        #expect(items(ours) == ["Agenda item 1 ", "Agenda item 2 ", "Agenda item 3 "])

        // Paragraph numbers continuous from 1 (quoted agenda lines are indented).
        let numbers = { (lines: [String]) in lines.compactMap { $0.firstMatch(of: #/^(\d+)\. /#).map { Int($0.1)! } } }
        #expect(numbers(ours) == Array(1...numbers(ours).count))
        #expect(numbers(seed) == Array(1...numbers(seed).count))

        // The Secretariat's responses come under the same items, as often.
        func responsesByItem(_ lines: [String]) -> [String] {
            var item = ""
            return lines.compactMap { line in
                if line.hasPrefix("Agenda item ") { item = String(line.prefix(13)) }
                return line.hasSuffix("the Secretariat responded as follows:") ? item : nil
            }
        }
        #expect(responsesByItem(ours) == responsesByItem(seed))
        #expect(responsesByItem(ours) == ["Agenda item 2", "Agenda item 2"])

        // The same resolution sub-headings, in the same order.
        let subheadings = { (lines: [String]) in
            lines.compactMap { $0.firstMatch(of: /^Resolution (\d\/\d+)\s*[-–:]/).map { String($0.1) } }
        }
        #expect(subheadings(ours) == subheadings(seed))
    }
}

/// Seed 004 imported with the binary and written back in its own style: its 73
/// paragraphs under their own numbers, the wording as published.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct ImportedSeedSummaryTests {
    private func imported() throws -> CLI {
        let (cli, file) = try CLI.withSeed004()
        try cli.succeed("import", "summary", file.path)
        return cli
    }

    /// The numbers of the numbered paragraphs, which start a line (list lines are indented or start with "-").
    private func numbers(_ text: String) -> [Int] {
        text.split(separator: "\n").compactMap { $0.firstMatch(of: #/^(\d+)\. /#).map { Int($0.1)! } }
    }

    @Test func theSummaryHasTheSeedsSeventyThreeParagraphs() throws {
        let cli = try imported()
        let seed = try SeedFolder.text("004")
        let summary = try cli.succeed("summary", "PBA-56", "--format", "txt")
        #expect(numbers(seed) == Array(1...73))
        #expect(numbers(summary) == Array(1...73), "\(summary)")
        // Paragraph 43 gives three speakers, and reads as the seed prints it.
        #expect(
            summary.contains(
                "43. Regarding the regional consultations on the international guidelines on people-centred smart cities, one Member State requested the Secretariat to resend the Note Verbale on this matter, another Member State inquired"
            ))
        #expect(summary.contains("72. No other business was raised by Member States."))
        // The same resolution sub-headings as the seed, in the same order.
        let subheadings = { (text: String) in
            text.split(separator: "\n").compactMap {
                $0.firstMatch(of: /^Resolution (\d\/\d+)\s*[-–:]/).map { String($0.1) }
            }
        }
        #expect(subheadings(summary) == subheadings(seed))
    }

    @Test func anEditedInterventionIsWrittenFromTheRecordUnderItsNumber() throws {
        let cli = try imported()
        let entries = try #require(try cli.json("intervention", "list", "PBA-56", "--json") as? [[String: Any]])
        let drawn = try #require(entries.first { $0["sourceParagraph"] as? Int == 9 }?["id"] as? String)
        try cli.succeed("intervention", "edit", drawn, "called the urban safety monitoring tool a great help")
        let summary = try cli.succeed("summary", "PBA-56", "--format", "txt")
        #expect(numbers(summary) == Array(1...73))
        #expect(summary.contains("9. A Member State called the urban safety monitoring tool a great help."))
        #expect(!summary.contains("invaluable asset"))
    }

    @Test func theNamedStyleIsWrittenFromTheRecord() throws {
        let cli = try imported()
        let summary = try cli.succeed("summary", "PBA-56", "--style", "named", "--format", "txt")
        let found = numbers(summary)
        #expect(found == Array(1...found.count))
        #expect(found.count != 73)
        #expect(!summary.contains("one Member State requested the Secretariat to resend the Note Verbale"))
    }
}
