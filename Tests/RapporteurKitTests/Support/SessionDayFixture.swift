import Testing

@testable import RapporteurKit

/// Days of the Board's second session of 2024 (4 to 6 December) as a daily journal's
/// reading would give them, in our own words: each day numbers its paragraphs from 1,
/// and names each delegation in capitals.
enum SessionDayFixture {
    static let agenda = [
        ParsedAgendaItem(label: "1", title: "Implementation of the resolutions of the Assembly"),
        ParsedAgendaItem(label: "2", title: "Strategic plan"),
    ]

    /// Day 2, Thursday 5 December: Brazil asks for a timeline, the Secretariat promises
    /// one, Kenya welcomes the plan.
    static func secondDay(timeline: String = "asked for a timeline of the housing report") -> ParsedSummary {
        day(
            2, "2024-12-05",
            [
                ParsedParagraph(
                    number: 1, line: 5, text: "BRAZIL \(timeline).", role: .intervention, item: "1",
                    speakers: ["Brazil"], named: true, kind: "request", predicate: timeline, asks: [timeline]),
                ParsedParagraph(
                    number: 2, line: 7, text: "UN-Habitat undertook to share the timeline.", role: .response,
                    item: "1", speakers: ["Secretariat"], predicate: "undertook to share the timeline",
                    commitments: [ParsedCommitment(text: "share the timeline", due: .none)]),
                ParsedParagraph(
                    number: 3, line: 9, text: "KENYA welcomed the draft plan.", role: .intervention, item: "2",
                    speakers: ["Kenya"], named: true, kind: "appreciation", predicate: "welcomed the draft plan"),
            ])
    }

    /// Day 3, Friday 6 December: France asks how the plan is funded, and the Secretariat
    /// answers; item 2 comes back from day 2.
    static func thirdDay() -> ParsedSummary {
        day(
            3, "2024-12-06",
            [
                ParsedParagraph(
                    number: 1, line: 5, text: "FRANCE asked how the plan would be funded.", role: .intervention,
                    item: "2", speakers: ["France"], named: true, kind: "question",
                    predicate: "asked how the plan would be funded",
                    asks: ["asked how the plan would be funded"]),
                ParsedParagraph(
                    number: 2, line: 7, text: "UN-Habitat described the funding of the plan.", role: .response,
                    item: "2", speakers: ["Secretariat"], predicate: "described the funding of the plan"),
            ])
    }

    static func day(_ number: Int, _ date: String, _ paragraphs: [ParsedParagraph]) -> ParsedSummary {
        let date = try! CalendarDate.parse(date)
        var paragraphs = paragraphs
        for index in paragraphs.indices { paragraphs[index].publishedText = paragraphs[index].text }
        return ParsedSummary(
            body: "EB", number: 2, date: date, day: SessionDay(number: number, date: date), agendaAdopted: true,
            agenda: agenda, paragraphs: paragraphs)
    }

    /// The record of a day as `import summary --into` builds it.
    static func record(_ summary: ParsedSummary) throws -> RecordFile {
        let built = SummaryRecordBuilder(summary, file: "day.txt").build(handle: "EB-2024-2")
        return try #require(built.record)
    }
}
