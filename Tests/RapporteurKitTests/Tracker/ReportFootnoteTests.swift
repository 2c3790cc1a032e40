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

    static let guide = ImplementationFootnote(mark: "¹", text: "Available at <https://example.org/guide>.")

    @Test func aFootnoteIsNoPartOfTheParagraphItFollows() {
        let result = ReportParser.parse(Self.fixture, file: "r.txt")
        #expect(
            result.paragraphs.map(\.text) == [
                "A guide was published.¹", "The working group met twice.", "A second phase is being designed.",
            ])
        #expect(result.paragraphs.map(\.footnotes) == [[Self.guide], [], []])
        // The import notes where the footnote went, and warns of nothing.
        let note = result.diagnostics.first { $0.line == 5 }
        #expect(note?.severity == .note)
        #expect(note?.message == "footnote ¹ goes with paragraph 1, which calls it")
        #expect(!result.diagnostics.contains { $0.severity == .warning })
    }

    @Test func aFootnoteIsStoredWithTheUpdateOfTheParagraphThatCallsIt() throws {
        let store = try referenceStore()
        let day = try CalendarDate.parse("2099-03-01")
        try store.importReport(Self.fixture, file: "r.txt", asOf: day, symbol: "HSP/EB.2099/7")
        let updates = try store.implementationUpdates(of: "2/7")
        #expect(updates.map(\.paragraph) == [1, 2])
        #expect(updates.map(\.footnotes) == [[Self.guide], []])
        #expect(try store.implementationUpdates(of: "1/2").map(\.footnotes) == [[]])
        // Importing the report again replaces the updates, footnotes with them.
        try store.importReport(Self.fixture, file: "r.txt", asOf: day, symbol: "HSP/EB.2099/7")
        #expect(try store.implementationUpdates(of: "2/7").map(\.footnotes) == [[Self.guide], []])
        let stored = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM implementationFootnote") }
        #expect(stored == 1)
    }

    @Test func aFootnoteWrappedOverTwoLinesStaysWholeAndThePageBrokenParagraphGoesOn() {
        // Paragraph 2 breaks at the foot of the page, under a footnote of two lines; after
        // the page break (a blank line, a page number) it goes on.
        let text = """
            A. Resolution 2/7
            1. A guide was published.¹
            2. The working group met twice and agreed

            ¹ Available at <https://example.org/guide>, with the annexes
            of the second edition.

            7
            on a work plan.
            """
        let result = ReportParser.parse(text, file: "r.txt")
        #expect(
            result.paragraphs.map(\.text) == [
                "A guide was published.¹", "The working group met twice and agreed on a work plan.",
            ])
        #expect(
            result.paragraphs[0].footnotes == [
                ImplementationFootnote(
                    mark: "¹", text: "Available at <https://example.org/guide>, with the annexes of the second edition."
                )
            ])
    }

    @Test func aCallIsTheWholeMarkerAndNotAUnitsExponent() {
        // "¹" is no call in "¹²", nor "²" in "km²": footnote ² belongs to paragraph 1.
        let text = """
            A. Resolution 2/7
            1. The plan was agreed.²
            2. Some 40 km² were mapped, as note ¹² says.

            ² Adopted in March.
            """
        let result = ReportParser.parse(text, file: "r.txt")
        #expect(result.paragraphs.map(\.footnotes.count) == [1, 0])
        #expect(ReportParser.calls("as note ¹² says", "¹") == false)
        #expect(ReportParser.calls("as note ¹² says", "¹²"))
        #expect(ReportParser.calls("some 40 m³ of water", "³") == false)
        #expect(ReportParser.calls("the meeting.³", "³"))
        // A word that merely ends in "m" is no unit.
        #expect(ReportParser.calls("the World Urban Forum¹", "¹"))
        #expect(ReportParser.calls("the platform²", "²"))
    }

    @Test func aFootnoteCalledFromNoParagraphIsAWarningAtItsLine() {
        let result = ReportParser.parse("A. Resolution 2/7\n1. The group met.\n² A note nobody calls.\n", file: "r.txt")
        #expect(result.paragraphs.map(\.footnotes) == [[]])
        let warning = result.diagnostics.first { $0.line == 3 }
        #expect(warning?.severity == .warning)
        #expect(warning?.message.contains("footnote ² is called from no paragraph") == true)
    }
}

/// Seed 001: three footnotes, called from paragraphs 11, 14 and 47, printed after
/// paragraphs 18, 18 and 49 (read from the seed by hand).
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedReportFootnoteTests {
    /// The footnotes as the seed prints them, lines 80, 82 and 159.
    static let first = ImplementationFootnote(
        mark: "¹",
        text:
            "<https://urbanpolicyplatform.org/expert-group-meeting-concludes-with-strong-calls-to-enhance-the-role-of-intermediary-cities-in-bridging-urban-rural-and-urban-nature-connections/>."
    )
    static let second = ImplementationFootnote(
        mark: "²", text: "Available at <https://urbanpolicyplatform.org/download/url-7th-newsletter/>.")
    static let third = ImplementationFootnote(mark: "³", text: "HSP/EB.2023/23.")

    @Test func footnotesStayOutOfTheParagraphTheyFollow() throws {
        let result = ReportParser.parse(try Seeds.text("001"), file: "001.txt")
        let eighteen = try #require(result.paragraphs.first { $0.number == 18 })
        #expect(eighteen.text.hasSuffix("See document HSP/EB.2024/INF/15 for additional details on these activities."))
        #expect(eighteen.footnotes.isEmpty)
        #expect(!result.paragraphs.contains { $0.text.contains("urbanpolicyplatform.org") })
        // Each is kept with the paragraph that calls it.
        let called = result.paragraphs.filter { !$0.footnotes.isEmpty }
        #expect(called.map(\.number) == [11, 14, 47])
        #expect(called.map(\.footnotes) == [[Self.first], [Self.second], [Self.third]])
        // Each is noted at its line, with the paragraph that calls it.
        let notes = Dictionary(
            result.diagnostics.filter { $0.severity == .note }.map { ($0.line, $0.message) },
            uniquingKeysWith: { first, _ in first })
        #expect(notes[80] == "footnote ¹ goes with paragraph 11, which calls it")
        #expect(notes[82] == "footnote ² goes with paragraph 14, which calls it")
        #expect(notes[159] == "footnote ³ goes with paragraph 47, which calls it")
        #expect(!result.diagnostics.contains { $0.message.contains("not stored with") })
    }

    @Test func eachFootnoteIsStoredWithTheUpdateOfItsCallingParagraph() throws {
        let store = try referenceStore()
        try store.importReport(
            try Seeds.text("001"), file: "001.txt", asOf: try CalendarDate.parse("2024-12-04"))
        let footnotes = { (key: String) in
            Dictionary(try store.implementationUpdates(of: key).map { ($0.paragraph!, $0.footnotes) }) { a, _ in a }
        }
        let fiveOfOne = try footnotes("1/5")
        #expect(fiveOfOne[11] == [Self.first])
        #expect(fiveOfOne[12] == [])
        #expect(fiveOfOne[14] == [Self.second])
        #expect(try footnotes("2/10")[47] == [Self.third])
        // Paragraph 18, which they follow on the page, has none.
        #expect(try footnotes("2/1")[18] == [])
        let eighteen = try #require(try store.implementationUpdates(of: "2/1").first { $0.paragraph == 18 })
        #expect(!eighteen.text.contains("urbanpolicyplatform"))
    }
}
