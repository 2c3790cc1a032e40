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

/// The due phrases of an undertaking, on sentences of our own.
@Suite struct SummaryCommitmentDueTests {
    func read(_ sentence: String) -> [ParsedCommitment] { SummaryCommitmentReader.read(sentence) }

    @Test func aDayAndTheEndOfAYear() {
        #expect(
            read("The Secretariat confirmed that the notes would be posted online by 3 February 2026.") == [
                ParsedCommitment(text: "post the notes online", due: .date(CalendarDate(year: 2026, month: 2, day: 3)!))
            ])
        #expect(
            read("The Secretariat confirmed that the atlas would be published by the end of 2026.") == [
                ParsedCommitment(text: "publish the atlas", due: .date(CalendarDate(year: 2026, month: 12, day: 31)!))
            ])
    }

    @Test func aSessionNamedByItsYearOrByTheMonthAfterIt() {
        #expect(
            read(
                "The Secretariat added that a summary would be presented at the 2026 first session of the Executive Board."
            )
                == [
                    ParsedCommitment(
                        text: "present a summary", due: .meeting("2026 first session of the Executive Board"))
                ])
        #expect(
            read(
                "The Secretariat said that a short report would be made at the third session of the Executive Board in November 2026."
            ) == [
                ParsedCommitment(
                    text: "make a short report", due: .meeting("2026 third session of the Executive Board"))
            ])
        // An expectation is an undertaking only with the time it is expected by.
        #expect(
            read(
                "The Secretariat noted that, once the survey closed, a further briefing was expected at the 2027 first session of the Executive Board in April 2027."
            ) == [
                ParsedCommitment(
                    text: "a further briefing", due: .meeting("2027 first session of the Executive Board"))
            ])
        #expect(read("The Secretariat noted that a large turnout was expected in the regions.").isEmpty)
    }

    @Test func aRequestAndAsEarlyAsPossible() {
        #expect(
            read(
                "The Secretariat said that it stood ready to brief the missions should Member States request a briefing."
            )
                == [
                    ParsedCommitment(
                        text: "brief the missions should Member States request a briefing", due: .uponRequest)
                ])
        #expect(
            read("The Secretariat committed to circulate the slides as soon as possible after the session.") == [
                ParsedCommitment(
                    text: "circulate the slides as soon as possible after the session", due: .asEarlyAsPossible)
            ])
        // A stated date wins over "or as soon as possible" beside it.
        #expect(
            read("The Secretariat committed to circulate the slides by 31 March 2025 or as soon as possible.").map(
                \.due)
                == [.date(try! CalendarDate.parse("2025-03-31"))])
        // A condition that is no request is no due.
        #expect(
            read("The Secretariat said that it stood ready to inform the missions should the dates change.") == [
                ParsedCommitment(text: "inform the missions should the dates change")
            ])
    }

    @Test func aPlanIsNoUndertaking() {
        #expect(
            read(
                "The Secretariat explained that the portal was planned to be made available on the website and that fundraising had started to support the launch by the end of 2026."
            ).isEmpty)
        #expect(
            read("The Secretariat informed that the plan at the moment was to make the data available publicly.")
                .isEmpty)
        // "By mid-2026" names no day: the undertaking is read with no due rather than a date made up.
        #expect(
            read("The Secretariat confirmed that the toolkit would be launched by mid-2026.") == [
                ParsedCommitment(text: "launch the toolkit by mid-2026")
            ])
    }
}
