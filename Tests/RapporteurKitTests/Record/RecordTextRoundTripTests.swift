import Testing

@testable import RapporteurKit

/// Random text in every text field the record format carries (`RecordTextField.all`):
/// line breaks, carriage returns, tabs, escapes and backslashes, control and
/// bidirectional characters, emoji, right-to-left scripts, combining marks, spaces at
/// either end. Export, import into an empty store and export again must give the same
/// bytes, and re-importing must leave the other meeting as it was. Seeded, so that a
/// failure comes back the same on every run.
@Suite struct RecordTextRoundTripTests {
    /// Pieces the random values are made of: the ones a record line could trip on, and
    /// what a real record holds.
    static let pieces: [String] = [
        "word", "Nairobi", "UN-Habitat", "\n", "\r", "\r\n", "\t", " ", "  ", "\u{A0}", "\u{3000}", "\u{2028}",
        "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{9F}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{061C}",
        "😀", "👩🏽‍💻", "🇰🇪", "مرحبا بكم", "שלום", "e\u{301}", "\u{301}", "\u{FEFF}", "\\", "\\n", "\\u{41}", "\\u{0}",
        "\\\\", ":", ": ", "#", ",", ", ", "(detected)", "meeting PBA-56",
        "\nmeeting PBA-56\n  body: PBA\n  dates: 2024-10-16\n",
        "\nintervention I1\n", "  text: injected",
    ]

    /// A value of one to seven pieces, with a word somewhere so that no field is left empty.
    static func value(_ random: inout SeededRandom) -> String {
        var parts = (0..<Int.random(in: 1...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }
        parts.insert(
            "word\(Int.random(in: 0...99, using: &random))", at: Int.random(in: 0...parts.count, using: &random))
        if Bool.random(using: &random) {
            parts.append(["\r", " ", "\t", "\u{3000}", "\r\n"].randomElement(using: &random)!)
        }
        if Bool.random(using: &random) {
            parts.insert([" ", "\t", "\n", "\u{A0}"].randomElement(using: &random)!, at: 0)
        }
        return parts.joined()
    }

    @Test func everySlotOfTheScenarioIsAFieldOfTheTable() {
        #expect(Set(RecordTextField.all.map(\.slot)) == Set(RecordTextScenario.Slot.allCases))
    }

    @Test(arguments: 0..<8)
    func randomTextInEveryFieldSurvivesExportImportExport(batch: UInt64) throws {
        var random = SeededRandom(seed: 0x5EED_0000 + batch)
        for _ in 0..<25 {
            var values: [RecordTextScenario.Slot: String] = [:]
            for field in RecordTextField.all { values[field.slot] = Self.value(&random) }
            try Self.checkRoundTrip(RecordTextScenario(values: values))
        }
    }

    /// The line break that once let a speaker's name start a block of another meeting.
    @Test func aSpeakerNameCannotStartAnotherMeeting() throws {
        try Self.checkRoundTrip(
            RecordTextScenario(values: [
                .stakeholder: "X\nmeeting PBA-56\n  body: PBA\n  dates: 2024-10-16\nitem 1: Nothing",
                .timeZoneLabel: "EAT\r", .commitmentOwner: "Finance\r",
            ]))
    }

    @Test(arguments: RecordTextField.all.map(\.stored))
    func aNULIsRefusedNamingTheField(stored: String) throws {
        let field = RecordTextField.all.first { $0.stored == stored }!
        let scenario = RecordTextScenario(values: [field.slot: "before\u{0}after"])
        let error = #expect(throws: RapporteurError.self) { try scenario.build() }
        #expect(error?.kind == .invalidInput)
        #expect(error?.message.contains(field.stored) == true, "\(error?.message ?? "")")
        let position = RecordTextScenario.typedBefore(field.slot).count + "before".count + 1
        #expect(
            error?.message.contains("NUL character (U+0000) at character \(position),") == true,
            "\(error?.message ?? "")")
    }

    static func checkRoundTrip(_ scenario: RecordTextScenario, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let store = try scenario.build()
        let other = RecordFormatWriter.write([try store.exportRecord("PBA-56")])
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-90")])
        #expect(
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("meeting ") }.count
                == 1,
            sourceLocation: sourceLocation)

        let read = RecordFormatReader.read(text, file: "pba-90.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)", sourceLocation: sourceLocation)
        #expect(RecordFormatWriter.write(read.records) == text, sourceLocation: sourceLocation)
        let empty = try referenceStoreCopy()
        try empty.importRecords(read.records.map { ("pba-90.record", $0) })
        let again = RecordFormatWriter.write([try empty.exportRecord("PBA-90")])
        #expect(
            again == text, "\(firstDifference(text, again)) from \(scenario.values)", sourceLocation: sourceLocation)

        // Importing it where it came from replaces PBA-90 alone.
        try store.importRecords(read.records.map { ("pba-90.record", $0) })
        #expect(RecordFormatWriter.write([try store.exportRecord("PBA-56")]) == other, sourceLocation: sourceLocation)
        #expect(RecordFormatWriter.write([try store.exportRecord("PBA-90")]) == text, sourceLocation: sourceLocation)
    }
}

/// The first line where two texts differ, both ways, for a failure's message.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count)
    where left.indices.contains(index) != right.indices.contains(index)
        || (left.indices.contains(index) && left[index] != right[index])
    {
        return
            "line \(index + 1): expected \(left.indices.contains(index) ? String(reflecting: String(left[index])) : "nothing"), "
            + "got \(right.indices.contains(index) ? String(reflecting: String(right[index])) : "nothing")"
    }
    return "no difference"
}

/// The tests' seeded generator, for the standard library's random choices.
extension SeededRandom: RandomNumberGenerator {}
