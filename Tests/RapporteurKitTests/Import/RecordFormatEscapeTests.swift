import Testing

@testable import RapporteurKit

@Suite struct RecordFormatEscapeTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("a\nb\rc\td\\e", #"a\nb\rc\td\\e"#),
        ("ends with a return\r", #"ends with a return\r"#),
        (" spaced ", #"\u{20}spaced\u{20}"#),
        ("\u{3000}wide", #"\u{3000}wide"#),
        ("escape \u{1B}[31m", #"escape \u{1B}[31m"#),
        ("right-to-left \u{202E}override\u{2069}", #"right-to-left \u{202E}override\u{2069}"#),
        ("line\u{2028}separator \u{85}", #"line\u{2028}separator \u{85}"#),
        ("مرحبا 😀 e\u{301}", "مرحبا 😀 e\u{301}"),
    ])
    func aValueIsWrittenWithItsEscapesAndReadBack(value: String, written: String) throws {
        #expect(RecordFormatEscape.escaped(value) == written)
        #expect(try RecordFormatEscape.unescaped(written) == value)
    }

    /// Files written before the escapes had no way to write one; a backslash that starts
    /// none stands for itself.
    @Test func aBackslashThatStartsNoEscapeReadsAsWritten() throws {
        for written in [#"C:\docs"#, #"a lone \"#, #"\q"#, #"\u{}"#, #"\u{110000}"#, #"\u{41"#, #"\u41"#] {
            #expect(try RecordFormatEscape.unescaped(written) == written)
        }
    }

    @Test func aTimeZoneLabelKeepsItsCommas() throws {
        var record = RecordFile(
            handle: "PBA-90", body: "PBA", startDate: try CalendarDate.parse("2026-03-04"),
            endDate: try CalendarDate.parse("2026-03-04"))
        record.number = 90
        record.timeZoneLabel = "EAT, UTC+3"
        record.timeZoneName = "Africa/Nairobi, Kenya"
        let text = RecordFormatWriter.write([record])
        #expect(text.contains(#"  time-zone: EAT\u{2C} UTC+3, Africa/Nairobi, Kenya"#))
        let read = RecordFormatReader.read(text, file: "f")
        #expect(read.diagnostics.isEmpty)
        #expect(read.records.first?.timeZoneLabel == "EAT, UTC+3")
        #expect(read.records.first?.timeZoneName == "Africa/Nairobi, Kenya")
    }

    @Test func aCarriageReturnAtTheEndOfAValueSurvives() throws {
        var record = RecordFile(
            handle: "PBA-90", body: "PBA", startDate: try CalendarDate.parse("2026-03-04"),
            endDate: try CalendarDate.parse("2026-03-04"))
        record.number = 90
        record.venue = "Room 4\r"
        record.agenda = [RecordFile.Item(label: "1", title: "Opening\r\n")]
        let text = RecordFormatWriter.write([record])
        let read = RecordFormatReader.read(text, file: "f")
        #expect(read.records.first?.venue == "Room 4\r")
        #expect(read.records.first?.agenda.first?.title == "Opening\r\n")
        #expect(RecordFormatWriter.write(read.records) == text)
    }

    @Test(arguments: [
        (
            "meeting PBA-56\n  body: PBA\n  dates: 2024-10-16\n  venue: Room\u{0} 4\n",
            "f:4: error: this line holds a NUL byte (U+0000), which a record cannot keep; remove it"
        ),
        (
            "meeting PBA-56\n  body: PBA\n  dates: 2024-10-16\n  venue: Room\\u{0} 4\n",
            "f:4: error: this value holds a NUL character (U+0000) at character 5, which a record cannot keep; remove it"
        ),
        (
            "meeting PBA-56\n  body: PBA\n  dates: 2024-10-16\nitem 1: Open\\u{0}ing\n",
            "f:4: error: this value holds a NUL character (U+0000) at character 5, which a record cannot keep; remove it"
        ),
    ])
    func aNULInARecordFileIsAnErrorAtItsLine(text: String, message: String) {
        // An import stops at any diagnostic, so nothing of the file is stored.
        #expect(RecordFormatReader.read(text, file: "f").diagnostics.map(\.description) == [message])
    }

    @Test(arguments: ["", "\n", "# Rapporteur record, format 1\n", "\n  \n# only comments\n\n"])
    func aFileWithoutAMeetingIsAnError(text: String) {
        let read = RecordFormatReader.read(text, file: "f")
        #expect(read.records.isEmpty)
        #expect(
            read.diagnostics.map(\.description)
                == [
                    "f:1: error: no meeting in this file; a record file has at least one block starting `meeting PBA-56`"
                ])
    }

    /// The store refuses a NUL wherever it would be written, not only from a record file.
    @Test func theStoreRefusesANULNamingTheFieldAndItsPlace() throws {
        let store = try referenceStoreCopy()
        try planPBA56(in: store)
        let error = #expect(throws: RapporteurError.self) {
            try store.updateMeeting(
                "PBA-56",
                change: {
                    var change = MeetingChange(); change.venue = "Room\u{0} 4"; return change
                }())
        }
        #expect(
            error?.message
                == "meeting.venue holds a NUL character (U+0000) at character 5, which cannot be stored; remove it")
        #expect(try store.meeting("PBA-56").venue == "UNON Conference Room 4")
    }
}
