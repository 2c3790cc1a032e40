import Foundation
import Testing

@testable import RapporteurKit

struct DecisionKeyTests {
    @Test(arguments: [
        "2024/3", "2024 / 3", "decision 2024/3", "Decision 2024/3", "dec. 2024/3", "Dec 2024/3",
        "Decision 2024/3 of the Executive Board", "Executive Board decision 2024/3", "  DECISION 2024/3 ",
    ])
    func parseAcceptsBoardDecisions(text: String) throws {
        #expect(try DecisionKey.parse(text) == DecisionKey(series: 2024, number: 3))
    }

    @Test(arguments: [
        "decision 1/3", "Assembly decision 1/3", "UN-Habitat Assembly decision 1/3",
        "decision 1/3 of the Assembly", "1/3",
    ])
    func parseAcceptsAssemblyDecisions(text: String) throws {
        #expect(try DecisionKey.parse(text) == DecisionKey(series: 1, number: 3))
    }

    @Test func parseReadsTheBoardSuffixWithOtherNumbers() throws {
        #expect(try DecisionKey.parse("decision 2023/6 of the Executive Board") == DecisionKey(series: 2023, number: 6))
    }

    @Test(arguments: [
        "2024-3", "decision", "2024/3/1", "", "resolution 2024/3", "Assembly 1/3",
        "2024/3 of the Executive Board", "decisions 2024/3", "decision 2024/three",
    ])
    func parseRejectsOtherText(text: String) {
        let message = "'\(text)' is not a decision reference; write it as 2024/3, decision 2024/3 or decision 1/3"
        #expect(throws: TextError(message)) { try DecisionKey.parse(text) }
    }

    @Test(arguments: ["2024/0", "0/3"])
    func parseRejectsZeroSeriesAndNumbers(text: String) {
        let message =
            "'\(text)' is not a decision reference: series and numbers start at 1; "
            + "write it as 2024/3, decision 2024/3 or decision 1/3"
        #expect(throws: TextError(message)) { try DecisionKey.parse(text) }
    }

    @Test(arguments: [(2024, true), (1900, true), (1899, false), (1, false), (2, false)])
    func isNumberedByYearFromSeries1900(series: Int, byYear: Bool) {
        #expect(DecisionKey(series: series, number: 1).isNumberedByYear == byYear)
    }

    @Test func keyWritesSeriesSlashNumberAndOrdersBySeries() {
        #expect(DecisionKey(series: 2024, number: 3).key == "2024/3")
        let keys = [
            DecisionKey(series: 2024, number: 10), DecisionKey(series: 2023, number: 6),
            DecisionKey(series: 2024, number: 3), DecisionKey(series: 1, number: 3),
        ]
        #expect(keys.sorted().map(\.key) == ["1/3", "2023/6", "2024/3", "2024/10"])
    }

    @Test func roundTripsThroughJSON() throws {
        let key = DecisionKey(series: 2024, number: 3)
        #expect(try JSONDecoder().decode(DecisionKey.self, from: JSONEncoder().encode(key)) == key)
    }
}
