import Testing

@testable import RapporteurKit

/// Funding figures are bounded where they enter, so that the tracker's sums and per
/// cents are always whole numbers the program can compute.
@Suite struct FigureBoundsTests {
    @Test func setFundingRefusesAnAmountBeyondTheBound() throws {
        let store = try referenceStore()
        #expect(
            throws: RapporteurError(
                .invalidInput,
                "resources are whole numbers of US$ thousands, 0 to 999,999,999,999, not 9223372036854775807")
        ) {
            try store.setFunding("2/7", required: Int.max, mobilized: 0, asOf: try CalendarDate.parse("2025-03-01"))
        }
        #expect(try store.tracker().resolutions.allSatisfy { $0.required == 0 })
    }

    @Test func aTrackerFigureBeyondTheBoundIsAnErrorAtItsLine() throws {
        let store = try referenceStore()
        let text = """
            Resolution 2/7
            Adequate housing for all
            Resource requirements:
            $9,223,372,036,854,775,807K
            Resources mobilized:
            $1K
            """
        let failure = #expect(throws: ImportFailure.self) {
            try store.importTracker(text, file: "t.txt", asOf: try CalendarDate.parse("2025-03-01"))
        }
        #expect(
            failure?.diagnostics.first
                == Diagnostic(
                    file: "t.txt", line: 4, .error,
                    "'$9,223,372,036,854,775,807K' is not a figure; the tracker writes amounts as $1,085K and shares as 64%"
                ))
    }
}
