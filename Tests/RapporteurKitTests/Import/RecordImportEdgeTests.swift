import Foundation
import Testing

@testable import RapporteurKit

/// Cases a review found: the import must keep other meetings' records right.
@Suite struct RecordImportEdgeTests {
    private func read(_ text: String) -> [(file: String, record: RecordFile)] {
        RecordFormatReader.read(text, file: "x.record").records.map { ("x.record", $0) }
    }

    @Test func reimportingAMeetingThatAnsweredAnotherMeetingsAskKeepsItRight() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked how many people had taken the course")
        try store.respond("gave the number of participants", item: "1", meeting: "EB-2024-2", answers: ["Q1"])
        let board = RecordFormatWriter.write([try store.exportRecord("EB-2024-2")])
        try store.importRecords(read(board))
        #expect(try store.askStatus("Q1") == .answered)
        // The same meeting without its response: the PBA ask is open again.
        let withoutResponse = board.components(separatedBy: "\nresponse R1")[0] + "\n"
        try store.importRecords(read(withoutResponse))
        #expect(
            try store.followUp(FollowUpFilter(asOf: try CalendarDate.parse("2025-01-15"))).asks.map(\.status) == [.open]
        )
    }

    @Test func aWithdrawnAskKeepsTheAnswerItHadFromAnotherMeeting() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked two things at once")
        try store.respond("answered a part", item: "1", meeting: "EB-2024-2", partly: ["Q1"])
        try store.closeAsk("Q1", as: .withdrawn, note: "withdrawn by the delegation")
        let both = RecordFormatWriter.write([try store.exportRecord("PBA-56"), try store.exportRecord("EB-2024-2")])
        let fresh = try referenceStore()
        try fresh.importRecords(read(both))
        #expect(
            RecordFormatWriter.write([try fresh.exportRecord("PBA-56"), try fresh.exportRecord("EB-2024-2")]) == both)
        try store.importRecords(read(RecordFormatWriter.write([try store.exportRecord("PBA-56")])))
        #expect(try store.responses(meeting: "EB-2024-2")[0].answers.count == 1)
    }

    @Test func aBadMeetingIsReportedAndTheOthersAreStillChecked() throws {
        let store = try referenceStore()
        let text = """
            meeting PBA-90
              body: PAB
              number: 90
              dates: 2025-02-05
            meeting PBA-91
              body: PBA
              number: 91
              dates: 2025-02-12
            item 1: Adoption of the provisional agenda
            intervention I1
              item: 7
              by: Kenya
              kind: comment
              text: spoke
            """
        let failure = #expect(throws: ImportFailure.self) { try store.importRecords(read(text)) }
        #expect(
            failure?.diagnostics.map(\.description) == [
                "x.record:1: error: unknown body 'PAB'; the bodies are HA, EB, PBA, OEWG-H, CPR, OECPR",
                "x.record:10: error: I1: agenda item 7 is not on the agenda of PBA-91",
            ])
        #expect(try store.meetings().isEmpty)
    }

    @Test func aSubParagraphReferenceRoundTrips() throws {
        let store = try recordStore()
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2", speakers: ["Kenya"], kind: .comment, text: "recalled the sub-paragraph",
                references: ExplicitReferences(resolutions: ["2/6"], paragraphs: ["2/6:2 (a)"])))
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-56")])
        #expect(text.contains("  resolution: 2/6 OP2 (a)\n"))
        let fresh = try referenceStore()
        try fresh.planMeeting(MeetingPlan(body: "EB", session: 2, startDate: try CalendarDate.parse("2024-12-04")))
        try fresh.addDecision(body: "EB", key: "2024/3", title: nil, adoptedOn: nil)
        try fresh.importRecords(read(text))
        #expect(RecordFormatWriter.write([try fresh.exportRecord("PBA-56")]) == text)
    }

    @Test func oneLineFieldsAreStoredAsTheFormatWritesThem() throws {
        let store = try referenceStore()
        var plan = MeetingPlan(body: "PBA", number: 70, startDate: try CalendarDate.parse("2025-05-07"))
        plan.venue = "  UNON   Room 4 "
        try store.planMeeting(plan)
        #expect(try store.meeting("PBA-70").venue == "UNON Room 4")
    }

    @Test(arguments: [
        "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\n  times: -\n",
        "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\n  times: 10:00-13:00-15:00\n",
        "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10 to 2024-01-11 to 2024-01-12\n",
        "meeting PBA-1\n  body: PBA\n  dates: 2024-01-10\nintervention I9223372036854775807\n",
    ])
    func malformedValuesAreErrorsNotCrashes(text: String) {
        #expect(!RecordFormatReader.read(text, file: "x.record").diagnostics.isEmpty)
    }

    @Test func theSameStateTwiceIsOneSpeaker() throws {
        let store = try referenceStore()
        let text = """
            meeting PBA-90
              body: PBA
              number: 90
              dates: 2025-02-05
            item 1: Adoption of the provisional agenda
            intervention I1
              item: 1
              by: France
              by: FRA
              kind: comment
              text: spoke
            """
        try store.importRecords(read(text))
        #expect(try store.interventions(meeting: "PBA-90")[0].speakers == ["France"])
    }
}
