import Testing

@testable import RapporteurKit

/// A report written in Word, read as text, is read by the report parser as one printed.
struct DocxReportTextTests {
    @Test func aWordReportsNumbersAndFootnotesReachTheReportParser() throws {
        let text = try DocxText.text(of: try HandWrittenReportDocx.docx(), file: "report.docx")
        #expect(
            text == """
                Report of the Executive Director
                I. Resolution 2/7 on housing
                1. A handbook on secure tenure was issued.¹
                2. The working group met twice.
                II. Decision 1/3 on the working group
                3. The Board asked its working group to meet again in person.²
                ¹ Available from the secretariat.
                ² Decision 2099/4 of the Board.

                """)
        let result = ReportParser.parse(text, file: "report.docx")
        #expect(result.paragraphs.map(\.number) == [1, 2, 3])
        #expect(result.paragraphs.map(\.resolution) == ["2/7", "2/7", nil])
        #expect(result.paragraphs.map(\.decision) == [nil, nil, "1/3"])
        #expect(
            result.paragraphs.map(\.footnotes) == [
                [ImplementationFootnote(mark: "¹", text: "Available from the secretariat.")], [],
                [ImplementationFootnote(mark: "²", text: "Decision 2099/4 of the Board.")],
            ])
        // The footnotes go with the paragraphs that call them, as printed ones do; the
        // title line before the first heading is the masthead, which a report always has.
        #expect(
            result.diagnostics.map(\.description) == [
                "report.docx:1: warning: line 1, before the first heading, is taken as the report's masthead and title "
                    + "and not stored",
                "report.docx:7: note: footnote ¹ goes with paragraph 1, which calls it",
                "report.docx:8: note: footnote ² goes with paragraph 3, which calls it",
            ])
    }
}
