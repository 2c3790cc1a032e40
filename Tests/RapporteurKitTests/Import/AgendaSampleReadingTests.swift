import Testing

@testable import RapporteurKit

/// Samples 27, 30 and 32 (../shared/samples): every fact of the samples' README about
/// their agendas, their items, annotations, documents, dates, times and venues.
@Suite(.enabled(if: Samples.available, "../shared/samples is missing"))
struct AgendaSampleReadingTests {
    private func symbol(_ written: String) throws -> String { try DocumentSymbol.parse(written).canonical }

    /// The Board's provisional agenda of 2019: 19–20 November 2019, Conference Room 2,
    /// 9.00 a.m., Gigiri, Nairobi; 11 items; 2(a), 2(b), 5(a), 5(b) and their parts.
    @Test func theBoardsAgendaOf2019AndWhenAndWhereTheMeetingIs() throws {
        let read = ProvisionalAgendaReader.read(try Samples.text("27"))
        #expect(read.isWhole)
        #expect(read.items.filter { $0.depth == 0 }.count == 11)
        #expect(read.items.filter { $0.depth == 1 }.map(\.label) == ["2(a)", "2(b)", "5(a)", "5(b)"])
        #expect(read.items.filter { $0.depth == 2 }.count == 7)
        // Item 5(a)(iii) runs over two lines.
        let third = try #require(read.items.first { $0.label == "5(a)(iii)" })
        #expect(
            third.title
                == "Date of receipt of the evaluation report on the full cycle of the 2014–2019 UN-Habitat strategic plan"
        )
        #expect(read.items.first?.title == "Opening of the resumed meeting")
        #expect(read.items.last?.title == "Closure of the meeting")
        #expect(read.setting.startDate == CalendarDate(year: 2019, month: 11, day: 19))
        #expect(read.setting.endDate == CalendarDate(year: 2019, month: 11, day: 20))
        #expect(read.setting.startTime == ClockTime(hour: 9, minute: 0))
        let venue = try #require(read.setting.venue)
        #expect(venue.hasPrefix("Conference Room 2, "))
        #expect(venue.contains("Gigiri, Nairobi"))
    }

    /// The CPR's midterm review of 2021: 29 June–1 July 2021; items 1–3 known by their
    /// numbers, each with its documents.
    @Test func theCommitteesMeetingPageGivesTheDocumentsOfEachItem() throws {
        let read = ProvisionalAgendaReader.read(try Samples.text("30"))
        #expect(read.items.map(\.label) == ["1", "2", "3"])
        #expect(read.items.allSatisfy { $0.title == nil })
        #expect(
            read.items[0].documents
                == [
                    try symbol("HSP/OECPR.2021/1"), try symbol("HSP/OECPR.2021/1/Add.1/Rev.1"),
                    try symbol("HSP/OECPR.2021/INF.1"),
                ])
        #expect(read.items[1].documents == [try symbol("HSP/OECPR.2021/2"), try symbol("HSP/OECPR.2021/INF.2")])
        // General Assembly resolution 75/224 is kept as the Assembly's document, not as a
        // UN-Habitat resolution.
        #expect(read.items[2].documents == [try symbol("HSP/OECPR.2021/3"), "A/RES/75/224"])
        #expect(read.items.allSatisfy { $0.resolutions.isEmpty })
        #expect(read.setting.startDate == CalendarDate(year: 2021, month: 6, day: 29))
        #expect(read.setting.endDate == CalendarDate(year: 2021, month: 7, day: 1))
    }

    /// The Governing Council's annotated agenda of 2005: "Nairobi, 4–8 April 2005"; the
    /// annotations under "Opening of the session" and items 1 to 3, four numbered
    /// paragraphs in all; rules 16 and 17 cited, which are no documents.
    @Test func theCouncilsAnnotatedAgendaWithItsOpeningAndWhereTheSessionIs() throws {
        let read = ProvisionalAgendaReader.read(try Samples.text("32"))
        #expect(read.items.map(\.label) == ["1", "2", "3"])
        let opening = try #require(read.opening)
        #expect(opening.title == "Opening of the session")
        #expect(
            opening.annotation.hasPrefix("The twentieth session of the Governing Council will be opened at 10 a.m."))
        // Paragraph 1 under the opening, paragraphs 2, 3 and 4 under the items, one each.
        let paragraphs = [opening.annotation] + read.items.compactMap(\.annotation)
        #expect(paragraphs.map { AgendaAnnotation.paragraphs(of: $0).count } == [1, 1, 1, 1])
        #expect(read.items[0].annotation?.contains("rule 17 of its rules of procedure") == true)
        #expect(read.items[1].annotation?.contains("rule 16 of the rules of procedure") == true)
        #expect(read.items.allSatisfy { $0.documents.isEmpty && $0.resolutions.isEmpty && $0.decisions.isEmpty })
        #expect(read.setting.startDate == CalendarDate(year: 2005, month: 4, day: 4))
        #expect(read.setting.endDate == CalendarDate(year: 2005, month: 4, day: 8))
        #expect(read.setting.venue == "Nairobi")
        #expect(read.setting.startTime == ClockTime(hour: 10, minute: 0))
    }
}
