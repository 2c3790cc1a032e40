import Testing

@testable import RapporteurKit

@Suite struct SummaryParserCommitmentTests {
    let summary = SummaryParser.parse(SummaryParserFixtures.anonymous)

    func commitments(_ number: Int) -> [ParsedCommitment] {
        summary.paragraphs.first { $0.number == number }!.commitments
    }

    @Test func readsADateAndUponRequest() {
        #expect(
            commitments(10) == [
                ParsedCommitment(
                    text: "make the French version of the toolkit available online",
                    due: .date(CalendarDate(year: 2025, month: 1, day: 15)!)),
                ParsedCommitment(text: "share a list of workshop venues", due: .uponRequest),
            ])
    }

    @Test func readsAnUndertakingAndAMeeting() {
        #expect(
            commitments(11) == [
                ParsedCommitment(text: "circulate the timeline to all Member States"),
                ParsedCommitment(
                    text: "present a progress report", due: .meeting("2025 first session of the Executive Board")),
            ])
    }

    @Test func readsCommittedToAndTheEndOfAYear() {
        #expect(
            commitments(12) == [
                ParsedCommitment(
                    text: "publish the session documents", due: .date(CalendarDate(year: 2024, month: 12, day: 31)!))
            ])
        let response = summary.paragraphs.first { $0.number == 12 }!
        #expect(response.resolutions == ["2/7"])
        #expect(response.kind == "")
        #expect(
            response.explanation
                == "response: subject 'The Secretariat' → Secretariat; verb 'informed'; 1 commitment; under Resolution 2/7; item 2"
        )
    }

    @Test func readsCommitmentShapesInSentences() {
        #expect(
            SummaryCommitmentReader.read(
                "The Secretariat confirmed that the guide would be launched at the end of 2025 and a draft would be shared with Member States."
            ) == [
                ParsedCommitment(text: "launch the guide", due: .date(CalendarDate(year: 2025, month: 12, day: 31)!)),
                ParsedCommitment(text: "share a draft with Member States"),
            ])
        #expect(
            SummaryCommitmentReader.read(
                "The Secretariat confirmed that the letter was sent to all missions and would resend.") == [
                    ParsedCommitment(text: "resend the letter")
                ])
        #expect(
            SummaryCommitmentReader.read(
                "The Secretariat noted that efforts would be made to record the session, but translation would not be possible."
            ) == [
                ParsedCommitment(text: "record the session")
            ])
        #expect(
            SummaryCommitmentReader.read(
                "The Secretariat noted that it would consult with the host country and would circulate a note.") == [
                    ParsedCommitment(text: "consult with the host country"),
                    ParsedCommitment(text: "circulate a note"),
                ])
        #expect(
            SummaryCommitmentReader.read(
                "The Secretariat explained that the region for 2026 would be Asia and that the report was available on the website."
            ).isEmpty)
    }
}
