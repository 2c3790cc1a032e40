import Testing

@testable import RapporteurKit

@Suite struct SummaryImportOfAnAddedBodyTests {
    /// The named-style fixture, headed as a session of a body the reference data does not hold.
    private let summary = SummaryParserFixtures.named.replacingOccurrences(
        of:
            "Summary of the first meeting of the open-ended intergovernmental expert working group on adequate housing for all",
        with: "Summary of the second session of the Committee on Urban Resilience")

    /// A body added to the store is recognised in a summary heading by its name, and its
    /// own numbering (sessions within a year) gives the meeting's handle.
    @Test func aSummaryOfAnAddedBodyIsRecognisedAndNumberedByItsNumbering() throws {
        #expect(summary.hasPrefix("Summary of the second session of the Committee on Urban Resilience\n"))
        let store = try referenceStore()
        try addBody(code: "CUR", name: "Committee on Urban Resilience", numbering: .yearSession, to: store)
        let result = try store.importSummary(summary, file: "cur.txt")
        #expect(result.summary.body == "CUR")
        #expect(result.record.handle == "CUR-2024-2")
        #expect(result.record.session == 2)
        #expect(result.record.year == 2024)
        #expect(result.record.number == nil)
        #expect(try store.meetings().map(\.handle) == ["CUR-2024-2"])
    }

    /// Without the body in the store, the same heading names no body it knows.
    @Test func theSameHeadingNamesNoBodyWithoutIt() throws {
        let failure = #expect(throws: ImportFailure.self) {
            try referenceStore().importSummary(summary, file: "cur.txt")
        }
        #expect(
            failure?.diagnostics.map(\.message).first
                == "governing body not recognised in the heading: 'Committee on Urban Resilience'")
    }
}
