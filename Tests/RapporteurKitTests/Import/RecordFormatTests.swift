import Foundation
import Testing

@testable import RapporteurKit

@Suite struct RecordFormatTests {
    /// Every record of the summary fixture, exported, read back and written again.
    @Test func writingWhatWasReadGivesTheSameText() throws {
        let store = try summaryStore()
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-57")])
        let read = RecordFormatReader.read(text, file: "fixture.record")
        #expect(read.diagnostics.isEmpty)
        #expect(RecordFormatWriter.write(read.records) == text)
    }

    @Test func aFixtureRecordRoundTripsThroughAnEmptyStore() throws {
        let store = try summaryStore()
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-57")])
        let empty = try referenceStore()
        let read = RecordFormatReader.read(text, file: "fixture.record")
        try empty.importRecords(read.records.map { ("fixture.record", $0) })
        #expect(RecordFormatWriter.write([try empty.exportRecord("PBA-57")]) == text)
        // Statuses come back from the answers: Q2 stays partly answered, Q4 open.
        #expect(try empty.askStatus("Q2") == .partiallyAnswered)
        #expect(try empty.followUp(FollowUpFilter(asOf: try CalendarDate.parse("2024-12-02"))).asks.count == 2)
    }

    @Test func replacingAMeetingKeepsTheAnswersOtherMeetingsGaveIt() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked how many people had taken the course", resolutions: ["1/2"])
        try store.respond("gave the number of participants", item: "1", meeting: "EB-2024-2", answers: ["Q1"])
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-56")])
        try store.importRecords(RecordFormatReader.read(text, file: "pba.record").records.map { ("pba.record", $0) })
        #expect(try store.interventions(meeting: "PBA-56").map(\.asks.first?.status) == [.answered])
        #expect(try store.responses(meeting: "EB-2024-2")[0].answers.map(\.meeting) == ["EB-2024-2"])
        #expect(try store.responses(meeting: "EB-2024-2")[0].answers.count == 1)
    }

    @Test func anAnswerToAnotherMeetingsAskNamesThatMeeting() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked how many people had taken the course")
        try store.respond("gave the number of participants", item: "1", meeting: "EB-2024-2", answers: ["Q1"])
        let text = RecordFormatWriter.write([try store.exportRecord("EB-2024-2")])
        #expect(text.contains("  answers: PBA-56/Q1\n"))
    }

    @Test(arguments: [
        ("meeting PBA-1\n  dates: 2024-01-10\n", "x.record:1: error: meeting PBA-1 has no `body:`"),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-13-10\n",
            "x.record:3: error: '2024-13-10' is not a date: months run from 01 to 12"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\n  colour: red\n",
            "x.record:4: error: unknown field 'colour' in a meeting"
        ),
        ("intervention I1\n", "x.record:1: error: intervention before any `meeting` line"),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nintervention X1\n",
            "x.record:4: error: 'X1' is not a key; write it as I1, I2, …"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nintervention I1\n  item: 1\n  by: Kenya\n  kind: gossip\n",
            "x.record:7: error: kind must be one of question, request, comment, appreciation, announcement, pledge, statement, not 'gossip'"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nintervention I1\n  item: 1\n  by: Kenya\n  kind: comment\n",
            "x.record:4: error: intervention I1 has no `text:`"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nask Q1\n",
            "x.record:4: error: an ask follows the intervention that asks it"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\n  venue\n",
            "x.record:4: error: a field is written `name: value`, not 'venue'"
        ),
        (
            "hello\n",
            "x.record:1: error: unknown line 'hello'; a block starts with meeting, body, document, decision, item, provisional-item, day, paragraph, intervention, ask, response or commitment, and its fields are indented"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nparagraph 2a\n",
            "x.record:4: error: write a published paragraph as `paragraph 12`, with its printed number, not '2a'"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nparagraph 2\n  text: A Member State asked.\nparagraph 2\n",
            "x.record:6: error: paragraph 2 is given already, at line 4; a paragraph is given once"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nparagraph 3\n  item: 1\n",
            "x.record:4: error: paragraph 3 has no `text:`"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nparagraph 3\n  edited: maybe\n",
            "x.record:5: error: edited must be yes or no, not 'maybe'"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nparagraph 3\n  by: Kenya\n",
            "x.record:5: error: unknown field 'by' in a paragraph"
        ),
        (
            "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\n  published-style: loud\n",
            "x.record:4: error: published-style must be anonymous, capitals or named, not 'loud'"
        ),
    ])
    func problemsAreReportedWithTheirLine(text: String, message: String) {
        let read = RecordFormatReader.read(text, file: "x.record")
        #expect(read.diagnostics.map(\.description).contains { $0.hasPrefix(message) }, "\(read.diagnostics)")
    }

    /// A record's published paragraphs, written as the format writes them, read back and
    /// stored; a paragraph's lines stay apart and an edited one keeps its mark.
    @Test func publishedParagraphsGoInAndComeBackOut() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked how many people had taken the course")
        var record = try store.exportRecord("PBA-56")
        guard case .intervention(var intervention) = record.entries[0] else {
            Issue.record("no intervention")
            return
        }
        intervention.sourceParagraph = 2
        record.entries[0] = .intervention(intervention)
        record.publishedStyle = .anonymous
        record.publishedParagraphs = [
            .init(number: 1, item: "1", text: "The meeting opened.  Its agenda:\n- Opening.\n\n- Close.  "),
            .init(number: 2, item: "1", text: "A Member State asked how many had taken the course.", edited: true),
        ]
        try store.importRecords([("pba.record", record)])
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-56")])
        #expect(text.contains("  agenda: provisional\n  published-style: anonymous\n"))
        #expect(
            text.contains("\nparagraph 1\n  item: 1\n  text: The meeting opened. Its agenda:\\n- Opening.\\n- Close.\n")
        )
        #expect(text.contains("\nparagraph 2\n  item: 1\n  edited: yes\n  text: A Member State asked"))
        let read = RecordFormatReader.read(text, file: "pba.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(read.records.first?.publishedParagraphs.map(\.edited) == [false, true])
        #expect(RecordFormatWriter.write(read.records) == text)
        let published = try #require(try store.recordSource(of: "PBA-56").published)
        #expect(published.paragraphs[0].runningText == "The meeting opened. Its agenda:")
        #expect(published.paragraphs[0].listEntries == ["Opening.", "Close."])
    }

    @Test func aPublishedParagraphUnderAnItemNotOnTheAgendaIsRefused() throws {
        let store = try recordStore()
        var record = try store.exportRecord("PBA-56")
        record.publishedParagraphs = [.init(number: 1, item: "7", text: "The meeting opened.", line: 12)]
        let failure = #expect(throws: ImportFailure.self) { try store.importRecords([("pba.record", record)]) }
        #expect(
            failure?.diagnostics.map(\.description).contains {
                $0.hasPrefix("pba.record:12: error: paragraph 1: agenda item 7 is not on the agenda of PBA-56")
            } == true, "\(failure?.diagnostics ?? [])")
    }

    /// 10,000 mutated files (cut short, random bytes, shuffled lines) never crash the
    /// reader; a sample of them goes through a store import too.
    @Test func mutatedInputNeverCrashes() throws {
        let store = try summaryStore()
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-57")])
        var random = SeededRandom(seed: 20241016)
        let target = try referenceStore()
        var imported = 0
        for round in 0..<10_000 {
            let mutated = Mutation.mutate(text, round: round, bytes: 4, using: &random)
            let read = RecordFormatReader.read(mutated, file: "fuzz.record")
            if round % 50 == 0, read.diagnostics.isEmpty, !read.records.isEmpty {
                _ = try? target.importRecords(read.records.map { ("fuzz.record", $0) }, dryRun: true)
                imported += 1
            }
        }
        #expect(imported > 0)
    }
}

/// A small deterministic generator (SplitMix64), so a failing mutation can be replayed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
