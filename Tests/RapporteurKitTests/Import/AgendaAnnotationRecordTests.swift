import Testing

@testable import RapporteurKit

/// An item's annotation in the record format: one `annotation:` line a paragraph, under
/// the item, carried through export, import and export again byte for byte.
@Suite struct AgendaAnnotationRecordTests {
    private static let first =
        "The Secretariat will report on the guidelines on people-centred smart cities under resolution 2/1."
    private static let second = "The working group may wish to take note of the report: a backslash \\ stays."

    /// PBA-56 with item 2 and its sub-item 2(a), annotated with two paragraphs.
    private func annotatedStore() throws -> AppStore {
        let store = try referenceStoreCopy()
        try planPBA56(in: store)
        try store.addAgendaItem(meeting: "PBA-56", title: "Implementation of all resolutions")
        try store.addAgendaItem(
            meeting: "PBA-56", title: "Smart cities", under: "1", links: AgendaLinks(resolutions: ["2/1"]))
        try store.annotateAgendaItem(meeting: "PBA-56", item: "1a", text: Self.first + "\n\n" + Self.second)
        return store
    }

    @Test func anAnnotationOfTwoParagraphsIsWrittenAsTwoLinesUnderItsItem() throws {
        let text = RecordFormatWriter.write([try annotatedStore().exportRecord("PBA-56")])
        #expect(
            text.contains(
                """
                item 1(a): Smart cities
                  resolution: 2/1
                  annotation: \(Self.first)
                  annotation: \(RecordFormatEscape.escaped(Self.second))

                """), "\(text)")
    }

    @Test func anAnnotationSurvivesExportImportExport() throws {
        let text = RecordFormatWriter.write([try annotatedStore().exportRecord("PBA-56")])
        let read = RecordFormatReader.read(text, file: "pba-56.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(RecordFormatWriter.write(read.records) == text)
        let empty = try referenceStoreCopy()
        try empty.importRecords(read.records.map { ("pba-56.record", $0) })
        #expect(RecordFormatWriter.write([try empty.exportRecord("PBA-56")]) == text)
        #expect(
            try empty.agenda(of: "PBA-56")[0].children[0].annotation == Self.first + "\n\n" + Self.second)
    }

    @Test func aParagraphWithALineBreakOfItsOwnIsReadAsTwo() throws {
        let text = """
            \(RecordFormat.header)

            meeting PBA-56
              body: PBA
              number: 56
              dates: 2024-10-16

            item 1: Adoption of the provisional agenda
              annotation: The working group adopts its agenda.\\n\\nIt may amend it first.

            """
        let read = RecordFormatReader.read(text, file: "hand.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let store = try referenceStoreCopy()
        try store.importRecords(read.records.map { ("hand.record", $0) })
        #expect(
            try store.agenda(of: "PBA-56")[0].annotation
                == "The working group adopts its agenda.\n\nIt may amend it first.")
        #expect(
            RecordFormatWriter.write([try store.exportRecord("PBA-56")]).contains(
                "  annotation: The working group adopts its agenda.\n  annotation: It may amend it first.\n"))
    }

    @Test func anAnnotationUnderAProvisionalItemIsRefusedAtItsLine() {
        let text = """
            \(RecordFormat.header)

            meeting PBA-56
              body: PBA
              dates: 2024-10-16
              agenda: adopted as amended

            item 1: Adoption of the agenda

            provisional-item 1: Adoption of the provisional agenda
              annotation: Not part of the agenda as issued.

            """
        let read = RecordFormatReader.read(text, file: "hand.record")
        #expect(read.diagnostics.map(\.line) == [11], "\(read.diagnostics)")
        #expect(read.diagnostics.first?.message.contains("provisional") == true, "\(read.diagnostics)")
    }
}
