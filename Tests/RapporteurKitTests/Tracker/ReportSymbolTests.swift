import Testing

@testable import RapporteurKit

/// A report whose symbol neither a page header nor the caller gives.
@Suite struct ReportSymbolTests {
    /// Our own report: one resolution heading and one paragraph, no page header.
    static let unnamed = """
        A. Resolution 2/7
        1. The working group held its first meeting.
        """

    @Test func aReportWithNoSymbolIsImportedWithAWarningAskingForOne() throws {
        let store = try referenceStore()
        let result = try store.importReport(Self.unnamed, file: "r.txt", asOf: try CalendarDate.parse("2099-03-01"))
        #expect(result.updates == 1)
        #expect(result.symbol == nil)
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.line == 1)
        #expect(warning.phrase.fields == [.symbol])
        #expect(warning.message.contains("no symbol"))
    }

    @Test func aSymbolGivenByTheCallerNeedsNoWarning() throws {
        let store = try referenceStore()
        let result = try store.importReport(
            Self.unnamed, file: "r.txt", asOf: try CalendarDate.parse("2099-03-01"), symbol: "HSP/EB.2099/7")
        #expect(result.symbol == "HSP/EB.2099/7")
        #expect(result.warnings.isEmpty)
    }
}
