import Testing

@testable import RapporteurKit

/// The Board's daily journal, read from our own fixtures: its session and day, its
/// agenda headings in every variant, and who spoke, how and what they asked.
@Suite struct BoardJournalReaderTests {
    private let day = SummaryParser.parse(BoardJournalFixtures.thirdDay)

    private func paragraphs(_ number: Int) -> [ParsedParagraph] {
        day.paragraphs.filter { $0.number == number }
    }

    @Test func theSessionTheDayAndTheVenueComeFromTheHeadingLinesAndTheOpeningSentence() {
        #expect(day.body == "EB")
        #expect(day.number == 1)
        #expect(day.date == CalendarDate(year: 2031, month: 3, day: 13))
        #expect(day.day == SessionDay(number: 3, date: CalendarDate(year: 2031, month: 3, day: 13)))
        #expect(day.venue == "Nairobi, Kenya")
        #expect(day.errors.isEmpty)
        #expect(paragraphs(1).map(\.role) == [.opening])
    }

    @Test func theFirstDailyJournalIsTheOpeningDayAndMayBeOnline() {
        let opening = SummaryParser.parse(BoardJournalFixtures.openingDay)
        #expect(opening.day == SessionDay(number: 1, date: CalendarDate(year: 2032, month: 6, day: 2)))
        #expect(opening.number == 3)
        #expect(opening.venue == "online")
        #expect(opening.agenda.map(\.label) == ["1"])
    }

    @Test func everyVariantOfAnAgendaHeadingNamesItsItem() {
        #expect(
            day.agenda.map(\.label) == ["1", "2", "3", "3(a)", "3(b)", "4", "5"])
        #expect(day.agenda.first { $0.label == "3" }?.title == "Housing finance")
        #expect(day.agenda.first { $0.label == "3(a)" }?.title == "Pilot cities")
        #expect(day.agenda.first { $0.label == "3(b)" }?.title == "Monitoring")
        #expect(day.agenda.first { $0.label == "4" }?.title == "Other matters")
        #expect(day.agenda.first { $0.label == "5" }?.title == "Dates of the next session")
        // Items 1 and 2 are not in the day's journal, and the record says so.
        #expect(day.agenda.first { $0.label == "1" }?.title == "Item 1, not named in this journal")
        #expect(day.diagnostics.contains { $0.message.hasPrefix("the journal does not name items 1, 2;") })
        #expect(paragraphs(8).first?.item == "3(a)")
        #expect(paragraphs(9).first?.item == "3(b)")
    }

    @Test(arguments: [
        ("Agenda item 6: Strategic plan", "6", "Strategic plan"),
        ("Agenda Item 6 – Strategic plan", "6", "Strategic plan"),
        ("Agenda item 6 (a) − Annual report", "6(a)", "Annual report"),
        ("Agenda item 6(b) - Work programme", "6(b)", "Work programme"),
        ("Agenda item 6 — Strategic plan.", "6", "Strategic plan"),
    ])
    func aHeadingIsReadWhateverItsSeparator(line: String, label: String, title: String) {
        let heading = AgendaHeadingLine.read(line)
        #expect(heading?.label == label)
        #expect(heading?.title == title)
        #expect(heading?.runIn == nil)
    }

    @Test func aHeadingThatRunsIntoItsParagraphGivesBoth() throws {
        let stopped = try #require(AgendaHeadingLine.read("Agenda item 4 − Other matters. The Chair thanked the host."))
        #expect(stopped.title == "Other matters")
        #expect(stopped.runIn == "The Chair thanked the host.")
        let unstopped = try #require(
            AgendaHeadingLine.read("Agenda item 5: Dates of the next session The Chair announced the dates."))
        #expect(unstopped.title == "Dates of the next session")
        #expect(unstopped.runIn == "The Chair announced the dates.")
        #expect(paragraphs(10).first?.role == .chairStatement)
        #expect(paragraphs(12).first?.text == "The Chair announced that the Bureau would propose dates in May.")
    }

    @Test func paragraphsAreNumberedInOrderAndASubHeadingIsNone() {
        #expect(day.paragraphs.map(\.number).uniqued() == Array(1...12))
        #expect(!day.paragraphs.contains { $0.text.contains("Interventions by Member States") })
        let note = day.diagnostics.first { $0.message.contains("does not number its paragraphs") }
        #expect(
            note?.message
                == "the journal does not number its paragraphs; they are numbered 1 to 13 in the order they come")
    }

    @Test func theSecretariatBriefsBeforeDelegationsSpeakAndRespondsAfter() {
        #expect(paragraphs(2).map(\.role) == [.secretariatStatement])
        #expect(paragraphs(2).first?.speakers == ["Secretariat"])
        #expect(paragraphs(7).map(\.role) == [.intervention, .response])
        #expect(paragraphs(7).last?.answersAsksBefore == true)
    }

    @Test func aJointInterventionIsOneInterventionOfSeveralStates() {
        #expect(paragraphs(3).count == 1)
        #expect(paragraphs(3).first?.speakers == ["Peru", "Ghana", "Norway"])
        #expect(paragraphs(3).first?.kind == "appreciation")
        #expect(paragraphs(3).first?.asks == [])
    }

    @Test func aGroupSpeaksThroughItsState() {
        #expect(paragraphs(4).first?.speakers == ["African Group"])
        #expect(paragraphs(4).first?.explanation.contains("through Kenya") == true)
        #expect(paragraphs(4).first?.asks == ["UN-Habitat to publish the pilot results before the next session"])
    }

    @Test func anArticleIsNoPartOfTheNameAndTheRepresentativeCarriesOn() {
        #expect(paragraphs(5).count == 1)
        #expect(paragraphs(5).first?.speakers == ["Netherlands"])
        #expect(paragraphs(5).first?.kind == "request")
        #expect(paragraphs(5).first?.asks == ["a costed plan for the second phase"])
        // "It also commended …" carries on Chile.
        #expect(paragraphs(8).count == 1)
        #expect(paragraphs(8).first?.speakers == ["Chile"])
    }

    @Test func unnamedMemberStatesAreMemberStates() {
        #expect(paragraphs(6).first?.speakers == ["Member States"])
        #expect(paragraphs(6).first?.named == false)
        #expect(paragraphs(6).first?.kind == "appreciation")
        #expect(paragraphs(7).first?.speakers == ["Member States"])
        #expect(paragraphs(7).first?.asks == ["for regional workshops on the guidelines"])
    }

    @Test func aRequestToReportOnTwoThingsIsTwoAsks() {
        #expect(
            paragraphs(11).first?.asks == [
                "UN-Habitat to report on the costs of the pilots",
                "UN-Habitat to report on how their results will be shared",
            ])
    }

    @Test(arguments: [
        ("urged UN-Habitat to publish the figures", "UN-Habitat to publish the figures"),
        ("encouraged UN-Habitat to widen the survey", "UN-Habitat to widen the survey"),
        ("called for a review of the fees", "a review of the fees"),
        ("stressed the need for a second survey", "for a second survey"),
        ("recommended to publish the figures each year", "to publish the figures each year"),
        ("requested UN-Habitat to elaborate on the fees", "UN-Habitat to elaborate on the fees"),
        ("stressed the importance of having the survey in Spanish", "having the survey in Spanish"),
        ("expressed support for additional training of planners", "additional training of planners"),
    ])
    func eachAskingVerbAsks(phrase: String, ask: String) {
        let paragraph = interventions("FRANCE \(phrase).").first
        #expect(paragraph?.kind == "request")
        #expect(paragraph?.asks == [ask])
    }

    @Test(arguments: [
        ("appreciated the survey", "appreciation"), ("commended UN-Habitat for the survey", "appreciation"),
        ("reiterated its willingness to support the survey", "comment"),
        ("stressed the importance of the survey", "comment"),
    ])
    func otherVerbsAskNothing(phrase: String, kind: String) {
        let paragraph = interventions("FRANCE \(phrase).").first
        #expect(paragraph?.kind == kind)
        #expect(paragraph?.asks == [])
    }

    @Test func theChairAndOtherOfficersMakeStatementsAndNamesMentionedDoNotSpeak() {
        let opening = SummaryParser.parse(BoardJournalFixtures.openingDay)
        #expect(opening.chair == "Ms. Ana Ruiz")
        #expect(opening.chairFunction == "Uruguay")
        #expect(opening.paragraphs.map(\.role) == [.opening, .chairStatement, .chairStatement, .secretariatStatement])
        #expect(
            opening.paragraphs.map(\.speakers) == [
                [], ["Chair"], ["stakeholder: President of the UN-Habitat Assembly"], ["Secretariat"],
            ])
        #expect(opening.paragraphs.allSatisfy { $0.asks.isEmpty })
        #expect(!opening.paragraphs.flatMap(\.speakers).contains("Denmark"))
        #expect(!day.paragraphs.flatMap(\.speakers).contains("Kenya"))
    }

    @Test func aViceChairMayPresideInTheChairsAbsence() {
        let text = """
            SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES
            DAY 1 – THURSDAY, 13 MARCH 2031
            Agenda item 1: Opening
            With the Chair away, the meeting was chaired by the Vice-Chair of the Executive Board, Mr. Omar Haddad of Jordan, who opened it.
            The Vice-Chair invited UN-Habitat to present its note.
            """
        let read = SummaryParser.parse(text)
        #expect(read.chair == "Mr. Omar Haddad")
        #expect(read.chairFunction == "Vice-Chair of the Executive Board, Jordan")
        #expect(read.paragraphs.last?.speakers == ["Chair"])
        #expect(read.paragraphs.last?.role == .chairStatement)
        #expect(!read.paragraphs.flatMap(\.speakers).contains("Jordan"))
    }

    @Test func theLastParagraphCutShortIsLeftOutWithWhatItBeganToSay() throws {
        #expect(day.paragraphs.last?.number == 12)
        let warning = try #require(day.diagnostics.first { $0.message.contains("stops short") })
        let lines = BoardJournalFixtures.thirdDay.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(warning.line == lines)
        #expect(warning.message.hasPrefix("the text stops short in paragraph 13, which ends mid-sentence"))
        #expect(warning.message.hasSuffix("; it reports Sweden, question"))
    }

    /// The interventions a journal of one paragraph under one item reads.
    private func interventions(_ paragraph: String) -> [ParsedParagraph] {
        let text = """
            SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES
            DAY 1 – THURSDAY, 13 MARCH 2031
            Agenda item 2: Surveys
            \(paragraph)
            """
        return SummaryParser.parse(text).paragraphs.filter { $0.role == .intervention }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
