import Testing

@testable import RapporteurKit

@Suite struct SummaryParserDiagnosticsTests {
    let summary = SummaryParser.parse(SummaryParserFixtures.problems)

    @Test func collectsEveryProblemWithItsLine() {
        #expect(
            summary.diagnostics == [
                SummaryDiagnostic(line: 13, severity: .error, message: "paragraph 4 out of sequence (expected 3)"),
                SummaryDiagnostic(
                    line: 14, severity: .warning,
                    message: "paragraph 5: unknown speaker form: 'Delegations broadly supported the proposal.…'"),
                SummaryDiagnostic(
                    line: 15, severity: .error, message: "agenda item heading 5 is not in the adopted agenda"),
            ])
    }

    @Test func goesOnParsingAfterAProblem() {
        #expect(summary.paragraphs.map(\.number) == [1, 2, 4, 5, 6])
        #expect(summary.paragraphs[2].speakers == ["Member State A"])
        #expect(summary.paragraphs[2].kind == "request")
        #expect(summary.paragraphs[3].role == .intervention)
        #expect(summary.paragraphs[3].speakers == [])
        #expect(summary.paragraphs[3].kind == "comment")
        #expect(summary.paragraphs[4].role == .adjournment)
        #expect(summary.paragraphs[4].item == "5")
    }

    @Test func warnsWhenAHeadingTitleDiffersFromTheAgenda() {
        let text = SummaryParserFixtures.problems.replacingOccurrences(
            of: "Agenda item 2 – Budget outlook.", with: "Agenda item 2 – Staff rules.")
        #expect(
            SummaryParser.parse(text).diagnostics.contains(
                SummaryDiagnostic(
                    line: 10, severity: .warning,
                    message: "heading of item 2 'Staff rules' differs from the agenda's 'Budget outlook'")))
    }
}
