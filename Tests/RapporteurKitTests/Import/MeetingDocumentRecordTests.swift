import Testing

@testable import RapporteurKit

/// A meeting's documents in the record format: one `document` line a kind, its symbol
/// after the colon, `issued:` and `item:` under it, carried through export, import and
/// export again byte for byte.
@Suite struct MeetingDocumentRecordTests {
    /// EB-2025-1 with its provisional agenda (symbol and date of issue), its progress
    /// report (symbol and item) and its annotated agenda (a date of issue alone).
    private func documentedStore() throws -> AppStore {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        try store.recordMeetingDocument(
            meeting: "EB-2025-1", kind: .provisionalAgenda, symbol: "HSP/EB.2025/1", issued: try day("2025-02-10"))
        try store.recordMeetingDocument(
            meeting: "EB-2025-1", kind: .progressReport, symbol: "HSP/EB.2025/14", item: "9")
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .annotatedAgenda, issued: try day("2025-02-12"))
        return store
    }

    @Test func theDocumentsAreWrittenAfterTheMeetingsFields() throws {
        let text = RecordFormatWriter.write([try documentedStore().exportRecord("EB-2025-1")])
        #expect(
            text.contains(
                """
                  agenda: provisional

                document provisional-agenda: HSP/EB.2025/1
                  issued: 2025-02-10
                document annotated-agenda
                  issued: 2025-02-12
                document progress-report: HSP/EB.2025/14
                  item: 9

                item 1: Opening of the session

                """), "\(text)")
    }

    @Test func theDocumentsSurviveExportImportExport() throws {
        let text = RecordFormatWriter.write([try documentedStore().exportRecord("EB-2025-1")])
        let read = RecordFormatReader.read(text, file: "eb-2025-1.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(RecordFormatWriter.write(read.records) == text)
        let empty = try referenceStoreCopy()
        try empty.importRecords(read.records.map { ("eb-2025-1.record", $0) })
        #expect(RecordFormatWriter.write([try empty.exportRecord("EB-2025-1")]) == text)
        #expect(
            try empty.meetingDocuments(of: "EB-2025-1")
                == [
                    MeetingDocumentEntry(
                        kind: .provisionalAgenda, symbol: "HSP/EB.2025/1", issued: try day("2025-02-10"), item: nil),
                    MeetingDocumentEntry(kind: .annotatedAgenda, symbol: nil, issued: try day("2025-02-12"), item: nil),
                    MeetingDocumentEntry(kind: .progressReport, symbol: "HSP/EB.2025/14", issued: nil, item: "9"),
                ])
        // Imported again, the file replaces the meeting's documents rather than adding to them.
        try empty.importRecords(read.records.map { ("eb-2025-1.record", $0) })
        #expect(RecordFormatWriter.write([try empty.exportRecord("EB-2025-1")]) == text)
    }

    @Test func aFileWithoutDocumentsTakesTheMeetingsDocumentsAway() throws {
        let store = try documentedStore()
        var record = try store.exportRecord("EB-2025-1")
        record.documents = []
        try store.importRecords([("eb-2025-1.record", record)])
        #expect(try store.meetingDocuments(of: "EB-2025-1") == [])
    }

    private static func file(_ documents: String) -> String {
        """
        \(RecordFormat.header)

        meeting EB-2025-1
          body: EB
          session: 1
          year: 2025
          dates: 2025-03-25 to 2025-03-27

        \(documents)
        item 1: Opening of the session

        """
    }

    @Test func anUnknownKindATwiceGivenKindAndAnUnknownFieldAreRefusedAtTheirLines() {
        let read = RecordFormatReader.read(
            Self.file(
                """
                document agenda: HSP/EB.2025/1
                document provisional-agenda: HSP/EB.2025/1
                  issued: 2025-02-10
                  pages: 4
                document provisional-agenda: HSP/EB.2025/2
                """), file: "hand.record")
        #expect(read.diagnostics.map(\.line) == [9, 12, 13], "\(read.diagnostics)")
        #expect(read.diagnostics[0].message.contains("provisional-agenda, annotated-agenda"), "\(read.diagnostics)")
        #expect(read.diagnostics[1].message == "unknown field 'pages' in a document")
        #expect(read.diagnostics[2].message.contains("at line 10"), "\(read.diagnostics)")
    }

    @Test func aMalformedSymbolOrADocumentOfAnotherMeetingIsReportedAtItsLine() throws {
        let store = try documentedStore()
        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 2, year: 2025, startDate: try day("2025-11-25"), endDate: try day("2025-11-27")))
        let text = Self.file(
            """
            document provisional-agenda: HSP/EB.2025/14
            document progress-report: HSP//2
            """
        ).replacingOccurrences(of: "EB-2025-1", with: "EB-2025-2").replacingOccurrences(
            of: "session: 1", with: "session: 2"
        ).replacingOccurrences(of: "2025-03-25 to 2025-03-27", with: "2025-11-25 to 2025-11-27")
        let read = RecordFormatReader.read(text, file: "hand.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let failure = try #require(throws: ImportFailure.self) {
            try store.importRecords(read.records.map { ("hand.record", $0) })
        }
        #expect(failure.diagnostics.map(\.line) == [9, 10], "\(failure.diagnostics)")
        #expect(failure.diagnostics[0].message.contains("progress report of EB-2025-1"), "\(failure.diagnostics)")
        #expect(failure.diagnostics[1].message.contains("'HSP//2' is not a document symbol"), "\(failure.diagnostics)")
        #expect(try store.meetingDocuments(of: "EB-2025-2") == [])
    }
}
