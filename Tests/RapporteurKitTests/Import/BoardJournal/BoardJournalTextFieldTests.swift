import Testing

@testable import RapporteurKit

/// Random text (`RecordTextRoundTripTests.value`: line breaks, control and bidirectional
/// characters, emoji, escapes, injected record lines) in what a delegation of a Board
/// journal asks and in what the Secretariat answers: the import either refuses it with a
/// diagnostic or stores a record that exports, imports into an empty store and exports
/// again to the same bytes. Seeded, so that a failure comes back the same on every run.
@Suite struct BoardJournalTextFieldTests {
    static func journal(ask: String, answer: String) -> String {
        """
        SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES
        DAY 2 – THURSDAY, 13 MARCH 2031
        On Thursday, 13 March 2031, the first session of the Executive Board of UN-Habitat for the year 2031 continued in Nairobi, Kenya.
        Agenda item 1: Housing finance
        PERU urged UN-Habitat to \(ask). UN-Habitat agreed and \(answer).
        """
    }

    @Test(arguments: 0..<4)
    func randomTextInAJournalIsStoredWholeOrRefused(batch: UInt64) throws {
        var random = SeededRandom(seed: 0x10E0_0000 + batch)
        var stored = 0
        for _ in 0..<10 {
            let text = Self.journal(
                ask: RecordTextRoundTripTests.value(&random), answer: RecordTextRoundTripTests.value(&random))
            let store = try referenceStore()
            do {
                let result = try store.importSummary(text, file: "journal.txt")
                let written = RecordFormatWriter.write([try store.exportRecord(result.record.handle)])
                let fresh = try referenceStore()
                try fresh.importRecords(
                    RecordFormatReader.read(written, file: "j.record").records.map { ("j.record", $0) })
                #expect(RecordFormatWriter.write([try fresh.exportRecord(result.record.handle)]) == written)
                stored += 1
            } catch let failure as ImportFailure {
                #expect(!failure.diagnostics.isEmpty)
                #expect(try store.meetings().isEmpty)
            }
        }
        // The values are made to be stored: most journals go in.
        #expect(stored > 5)
    }
}
