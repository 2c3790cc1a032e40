import Testing

@testable import RapporteurKit

@Suite struct ReportImportTests {
    /// Our own small report: a page break inside a paragraph, a footnote naming the
    /// report, bold headings, and an introduction under no resolution.
    static let fixture = """
        **Executive Board of the United Nations Human Settlements Programme**
        I. Introduction
        1. This report gives an update on two resolutions.
        II. Implementation
        **A. Resolution 2/7
        Adequate housing for all**
        2. Pursuant to paragraph 2, the first session of the working group was prepared and the documents
        * HSP/EB.2099/1.

        HSP/EB.2099/7

        3

        were shared in time.
        3. Funding remains limited (OP8).
        B. Resolution 1/2
        4. A second phase is being designed.
        """

    @Test func paragraphsGoUnderTheirResolutionAcrossPageBreaks() {
        let result = ReportParser.parse(Self.fixture, file: "r.txt")
        #expect(result.symbol == "HSP/EB.2099/7")
        #expect(result.agendaSymbol == "HSP/EB.2099/1")
        #expect(result.paragraphs.map(\.number) == [1, 2, 3, 4])
        #expect(result.paragraphs.map(\.resolution) == [nil, "2/7", "2/7", "1/2"])
        #expect(
            result.paragraphs[1].text
                == "Pursuant to paragraph 2, the first session of the working group was prepared and the documents were shared in time."
        )
        // The masthead line and the introduction are read and said not stored, nothing else.
        #expect(result.diagnostics.map(\.line) == [1, 2])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning && $0.message.contains("not stored") })
    }

    @Test func updatesKeepTheirSourceAndTheParagraphsTheyCite() throws {
        let store = try referenceStore()
        let result = try store.importReport(Self.fixture, file: "r.txt", asOf: try CalendarDate.parse("2099-03-01"))
        #expect(result.updates == 3)
        let updates = try store.implementationUpdates(of: "2/7")
        #expect(updates.map(\.paragraph) == [2, 3])
        #expect(updates.map(\.paragraphs) == [["2"], ["8"]])
        #expect(updates.allSatisfy { $0.symbol == "HSP/EB.2099/7" && $0.source == "report" })
        // Importing the report again replaces its updates.
        try store.importReport(Self.fixture, file: "r.txt", asOf: try CalendarDate.parse("2099-03-01"))
        #expect(try store.implementationUpdates(of: "2/7").count == 2)
    }
}

/// Seed 001: every paragraph under its resolution heading.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedReportTests {
    @Test func everyParagraphIsAssignedToItsResolution() throws {
        let result = ReportParser.parse(try Seeds.text("001"), file: "001.txt")
        // The footnote names the provisional agenda; the report prints no symbol of its own.
        #expect(result.agendaSymbol == "HSP/EB.2024/14")
        #expect(result.symbol == nil)
        #expect(result.paragraphs.map(\.number) == Array(1...49))
        // From the headings of seed 001, read by hand.
        let expected: [String: [Int]] = [
            "1/1": [2], "1/2": [3, 4], "1/3": [5, 6, 7], "1/4": [8, 9, 10], "1/5": [11, 12, 13, 14],
            "2/1": [15, 16, 17, 18], "2/2": [19, 20, 21, 22, 23], "2/3": [24, 25, 26], "2/4": [27, 28, 29, 30, 31],
            "2/5": [32, 33, 34], "2/6": [35, 36, 37], "2/7": [38, 39, 40, 41], "2/8": [42, 43, 44, 45], "2/9": [46],
            "2/10": [47, 48, 49],
        ]
        let assigned = Dictionary(grouping: result.paragraphs.filter { $0.resolution != nil }, by: { $0.resolution! })
            .mapValues { $0.map(\.number) }
        #expect(assigned == expected)
        #expect(result.paragraphs[0].resolution == nil)
    }
}

/// Seed 002 (HSP/OECPR.2021/4), a report on the first session's resolutions with roman
/// section headings and page headers inside paragraphs.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedOECPRReportTests {
    @Test func sectionsOfResolutionsAndPageHeadersAreRead() throws {
        let result = ReportParser.parse(try Seeds.text("002"), file: "002.txt")
        #expect(result.symbol == "HSP/OECPR.2021/4")
        #expect(result.agendaSymbol == "HSP/OECPR.2021/1")
        #expect(result.paragraphs.map(\.number) == Array(1...34))
        // Section I is resolution 1/2, … IV is 1/5; V is decision 1/3, under no resolution.
        let keys = Set(result.paragraphs.compactMap(\.resolution))
        #expect(keys == ["1/2", "1/3", "1/4", "1/5"])
        #expect(result.paragraphs[29].resolution == nil)
        #expect(result.paragraphs[23].resolution == "1/5")
        #expect(!result.paragraphs.contains { $0.text.contains("HSP/OECPR.2021/4") })
    }
}
