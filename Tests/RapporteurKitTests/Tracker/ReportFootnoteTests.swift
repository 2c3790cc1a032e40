import Testing

@testable import RapporteurKit

/// Footnotes printed at the foot of a page, after whatever paragraph the page ends with.
@Suite struct ReportFootnoteTests {
    /// Our own report: paragraph 1 calls footnote ¹, which is printed after paragraph 2.
    static let fixture = """
        A. Resolution 2/7
        1. A guide was published.¹
        2. The working group met twice.

        ¹ Available at <https://example.org/guide>.

        B. Resolution 1/2
        3. A second phase is being designed.
        """

    @Test func aFootnoteIsNoPartOfTheParagraphItFollows() {
        let result = ReportParser.parse(Self.fixture, file: "r.txt")
        #expect(
            result.paragraphs.map(\.text) == [
                "A guide was published.¹", "The working group met twice.", "A second phase is being designed.",
            ])
        #expect(result.paragraphs.map(\.footnotes) == [["Available at <https://example.org/guide>."], [], []])
        let warning = result.diagnostics.first { $0.line == 5 }
        #expect(warning?.severity == .warning)
        #expect(warning?.message.contains("paragraph 1") == true)
    }
}

/// Seed 001: three footnotes, called from paragraphs 11, 14 and 47, printed after
/// paragraphs 18, 18 and 49 (read from the seed by hand).
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedReportFootnoteTests {
    @Test func footnotesStayOutOfTheParagraphTheyFollow() throws {
        let result = ReportParser.parse(try Seeds.text("001"), file: "001.txt")
        let eighteen = try #require(result.paragraphs.first { $0.number == 18 })
        #expect(eighteen.text.hasSuffix("See document HSP/EB.2024/INF/15 for additional details on these activities."))
        #expect(!result.paragraphs.contains { $0.text.contains("urbanpolicyplatform.org") })
        // Each is kept with the paragraph that calls it.
        let called = result.paragraphs.filter { !$0.footnotes.isEmpty }
        #expect(called.map(\.number) == [11, 14, 47])
        #expect(called.last?.footnotes == ["HSP/EB.2023/23."])
        // Each footnote left out of the text is named at its line, with the paragraph that calls it.
        let lines = Dictionary(
            result.diagnostics.filter { $0.severity == .warning }.map { ($0.line, $0.message) },
            uniquingKeysWith: { first, _ in first })
        #expect(lines[80]?.contains("paragraph 11") == true)
        #expect(lines[82]?.contains("paragraph 14") == true)
        #expect(lines[159]?.contains("paragraph 47") == true)
    }
}
