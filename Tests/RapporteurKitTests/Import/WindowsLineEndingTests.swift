import Foundation
import Testing

@testable import RapporteurKit

/// Files saved on Windows end their lines with "\r\n", which Swift takes as one
/// Character: every importer must read them as the same lines, numbered the same.
@Suite struct WindowsLineEndingTests {
    private func example(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appending(path: "examples/\(name)"), encoding: .utf8)
    }

    private func windows(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\r\n")
    }

    @Test func editorLinesSplitAtEveryKindOfLineEnd() {
        #expect("a\nb\r\nc\rd\u{0C}e".editorLines == ["a", "b", "c", "d\u{0C}e"])
        #expect("a\r\n\r\nb".editorLines == ["a", "", "b"])
    }

    @Test func aRecordFileReadsTheSame() throws {
        let text = try example("pba-56.record")
        let unix = RecordFormatReader.read(text, file: "f")
        let crlf = RecordFormatReader.read(windows(text), file: "f")
        #expect(crlf.diagnostics.isEmpty, "\(crlf.diagnostics)")
        #expect(crlf.records.count == unix.records.count)
        #expect(RecordFormatWriter.write(crlf.records) == RecordFormatWriter.write(unix.records))
    }

    @Test func aTrackerReadsTheSame() throws {
        let text = try example("tracker-2025-06.txt")
        let crlf = TrackerParser.parse(windows(text), file: "t")
        #expect(crlf.diagnostics.isEmpty)
        #expect(crlf.entries.map(\.key) == TrackerParser.parse(text, file: "t").entries.map(\.key))
        #expect(crlf.entries.count == 15)
    }

    @Test func aBriefingReadsTheSameWithTheSameLineNumbers() throws {
        let text = try example("briefing-2025-03.txt")
        let crlf = BriefingParser.parse(windows(text), file: "b")
        #expect(crlf.budgets == BriefingParser.parse(text, file: "b").budgets)
        #expect(crlf.milestones.map(\.line) == [27, 29, 31, 33])
    }

    @Test func aReportReadsTheSame() {
        let text =
            "I. Resolution 2/7 on adequate housing\n1. The working group met.\n2. It elected co-chairs\nfor its second session.\n"
        let crlf = ReportParser.parse(windows(text), file: "r")
        #expect(
            crlf.paragraphs.map(\.text) == ["The working group met.", "It elected co-chairs for its second session."])
        #expect(crlf.paragraphs.map(\.resolution) == ["2/7", "2/7"])
    }
}
