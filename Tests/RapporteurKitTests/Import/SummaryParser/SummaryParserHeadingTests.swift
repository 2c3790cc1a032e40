import Foundation
import Testing

@testable import RapporteurKit

@Suite struct SummaryParserHeadingTests {
    @Test func readsThePBAHeading() throws {
        let summary = SummaryParser.parse(SummaryParserFixtures.anonymous)
        #expect(summary.body == "PBA")
        #expect(summary.number == 57)
        #expect(summary.date == CalendarDate(year: 2024, month: 11, day: 14))
        #expect(summary.startTime == ClockTime(hour: 14, minute: 30))
        #expect(summary.endTime == ClockTime(hour: 17, minute: 0))
        #expect(summary.timeZone == "East Africa Time")
        #expect(summary.venue == "UNON Conference Room 2")
        #expect(summary.chair == "H.E. Ms. Amina Odhiambo")
        #expect(summary.chairFunction == "Deputy Permanent Representative of the Republic of Kenya to UN-Habitat")
        #expect(summary.openedAt == ClockTime(hour: 14, minute: 40))
        #expect(summary.adjournedAt == ClockTime(hour: 16, minute: 55))
        #expect(summary.agendaAdopted)
        #expect(!summary.agendaAmended)
        #expect(summary.diagnostics.isEmpty)
    }

    @Test func readsTheAgendaList() {
        let agenda = SummaryParser.parse(SummaryParserFixtures.anonymous).agenda
        #expect(agenda.map(\.label) == ["1", "2", "2(a)", "2(b)", "3"])
        #expect(agenda[0].title == "Adoption of the provisional agenda")
        #expect(agenda[1].title == "Follow-up on resolutions of the UN-Habitat Assembly")
        #expect(agenda[2].resolutions == ["1/2"])
        #expect(agenda[3].resolutions == ["2/7"])
        #expect(agenda[3].decisions == ["2024/3"])
        #expect(agenda[4].title == "Other matters")
    }

    @Test func readsAnExecutiveBoardHeadingWithFiguresAndTwelveHourTimes() {
        let summary = SummaryParser.parse(SummaryParserFixtures.capitals)
        #expect(summary.body == "EB")
        #expect(summary.number == 3)
        #expect(summary.date == CalendarDate(year: 2025, month: 3, day: 7))
        #expect(summary.startTime == ClockTime(hour: 10, minute: 0))
        #expect(summary.endTime == ClockTime(hour: 13, minute: 0))
        #expect(summary.timeZone == "EAT")
        #expect(summary.venue == "Gigiri Conference Room 2")
        #expect(summary.chair == "H.E. Mr. Ivan Petrov")
        #expect(summary.chairFunction == nil)
        #expect(summary.openedAt == ClockTime(hour: 10, minute: 15))
        #expect(summary.adjournedAt == ClockTime(hour: 12, minute: 50))
        #expect(summary.agendaAdopted)
        #expect(summary.agendaAmended)
        #expect(summary.agenda.map(\.title) == ["Opening of the session", "Financial matters", "Other matters"])
    }

    @Test func readsTheHousingWorkingGroupHeading() {
        let summary = SummaryParser.parse(SummaryParserFixtures.named)
        #expect(summary.body == "OEWG-H")
        #expect(summary.number == 1)
        #expect(summary.chair == "Ms. Laura Bianchi")
        #expect(summary.adjournedAt == ClockTime(hour: 12, minute: 58))
    }

    @Test func readsTheChairsFunctionOnTheChairLine() {
        let summary = SummaryParser.parse(SummaryParserFixtures.noisy)
        #expect(summary.chair == "Mr. Tomás Herrera")
        #expect(summary.chairFunction == "Permanent Representative of the Republic of Chile to UN-Habitat")
        #expect(summary.venue == "UNON Conference Room 1")
        #expect(summary.number == 58)
    }

    @Test func refusesTextWithoutAMeetingHeading() {
        let summary = SummaryParser.parse(
            """
            Notes taken during the briefing

            1. A Member State inquired about the budget.
            """)
        #expect(
            summary.diagnostics == [
                SummaryDiagnostic(line: 1, severity: .error, message: "no meeting heading found in the first 40 lines")
            ])
        #expect(summary.paragraphs.isEmpty)
        #expect(summary.agenda.isEmpty)
        #expect(summary.body == "")
    }

    @Test func refusesAHeadingBelowTheFirstFortyLines() {
        let filler = (1...40).map { "Line \($0) of a cover note." }.joined(separator: "\n")
        let summary = SummaryParser.parse(filler + "\n" + SummaryParserFixtures.anonymous)
        #expect(summary.diagnostics.map(\.message) == ["no meeting heading found in the first 40 lines"])
    }

    @Test func acceptsAHeadingWrappedOverTwoLines() {
        let text = """
            Summary of the fifty-ninth meeting
            of the ad hoc working group on programmatic, budgetary and administrative matters

            Agenda item 1 – Adoption of the agenda.
            1. The meeting was called to order at 10:00.
            """
        let summary = SummaryParser.parse(text)
        #expect(summary.body == "PBA")
        #expect(summary.number == 59)
    }

    @Test func reportsABodyItDoesNotKnow() {
        let summary = SummaryParser.parse(
            """
            Summary of the second meeting of the friends of the Chair

            1. The meeting was called to order at 10:00.
            """)
        #expect(summary.body == "")
        #expect(
            summary.errors.map(\.message) == ["governing body not recognised in the heading: 'friends of the Chair'"])
    }
}
