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
