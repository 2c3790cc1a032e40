import Testing

@testable import RapporteurKit

/// The layouts an agenda comes in besides a list from item 1, in our own words: run in
/// on a line, an excerpt from a later item, a heading printed again on the next page,
/// the bullets a summary quotes, a page of documents by item.
@Suite struct AgendaLayoutReadingTests {
    @Test func aRunInAgendaIsSplitAtItsMarkersAndNotAtTheNumbersOfItsTitles() {
        let read = ProvisionalAgendaReader.read(
            """
            Provisional agenda
            1. Opening of the meeting. 2. Progress under resolution 2/7 on the 2020–2023 plan and General Assembly resolution 75/224; a) regional consultations; b) review of document HSP/OECPR.2021/1.  3. Other matters.
            """)
        #expect(read.items.map(\.label) == ["1", "2", "2(a)", "2(b)", "3"])
        #expect(
            read.items.map(\.title) == [
                "Opening of the meeting",
                "Progress under resolution 2/7 on the 2020–2023 plan and General Assembly resolution 75/224",
                "regional consultations", "review of document HSP/OECPR.2021/1", "Other matters",
            ])
        #expect(read.items[1].resolutions == ["2/7"])
        // Another organ's resolution is a document, not one of UN-Habitat's.
        #expect(read.items[1].documents == ["A/RES/75/224"])
        #expect(read.items[3].documents == ["HSP/OECPR.2021/1"])
        #expect(read.line == 2)
    }

    @Test func aRunInAgendaMayRunOverAFewLines() {
        let read = ProvisionalAgendaReader.read(
            """
            1. Opening of the meeting. 2. Harbour guidelines, under
            decision 2024/3: (a) first draft; (b) second
            draft. 3. Closure.
            """)
        #expect(read.items.map(\.label) == ["1", "2", "2(a)", "2(b)", "3"])
        #expect(read.items[1].title == "Harbour guidelines, under decision 2024/3")
        #expect(read.items[1].decisions == ["2024/3"])
        #expect(read.items[3].title == "second draft")
    }

    @Test func anExcerptFromALaterItemKeepsItsNumbersUnderAnAgendaHeading() {
        let read = ProvisionalAgendaReader.read(
            """
            Provisional agenda (continued)
            4. Report on the harbour guidelines:
            (a) Consultations;
            (b) Peer review.
            5. Other matters.
            """)
        #expect(read.items.map(\.label) == ["4", "4(a)", "4(b)", "5"])
        #expect(!read.isWhole)
        let annotated = ProvisionalAgendaReader.read(
            """
            Item 2. Harbour guidelines
            6.  The group will hear a briefing on the second draft.
            Item 3. Other matters
            7.  Any other business may be raised.
            """)
        #expect(annotated.items.map(\.label) == ["2", "3"])
        #expect(annotated.items[0].annotation == "The group will hear a briefing on the second draft.")
    }

    @Test func numberedParagraphsAndALinkListAreNoAgenda() {
        // A summary's numbered paragraphs under an item's heading, of one sentence each.
        let summary = """
            Agenda item 2 – Harbour guidelines
            4. A Member State asked for the second draft to be shared early.
            5. Another Member State welcomed the consultations held so far.
            """
        #expect(ProvisionalAgendaReader.read(summary).items.isEmpty)
        // A page's numbered links, under no agenda heading and not from 1.
        let links = "Meeting documents\n3. Programme\n4. Register\n5. Seating plan\n"
        #expect(ProvisionalAgendaReader.read(links).items.isEmpty)
        // Numbered from 1, but each entry two sentences: paragraphs, not titles.
        let paragraphs = """
            1. The meeting opened on time. The Chair welcomed the members.
            2. The group adopted its agenda. It then heard the secretariat.
            """
        #expect(ProvisionalAgendaReader.read(paragraphs).items.isEmpty)
        // A report's paragraph 1, its second sentence on the next line, over lettered points.
        let report = """
            1. At its last session the group adopted two decisions and three
            resolutions. This report says how far each has gone:
            (a) Resolution 2/7 on housing;
            (b) Decision 2024/3 on the working group.
            """
        #expect(ProvisionalAgendaReader.read(report).items.isEmpty)
    }

    @Test func aHeadingPrintedAgainOnTheNextPageIsNoNewItem() {
        let read = ProvisionalAgendaReader.read(
            """
            Provisional agenda
            1. Opening of the meeting.
            2. Organizational matters:
            (a) Adoption of the agenda;
            3
            Provisional agenda
            2. Organizational matters (continued):
            (b) Organization of work.
            3. Closure of the meeting.
            """)
        #expect(read.items.map(\.label) == ["1", "2", "2(a)", "2(b)", "3"])
        let annotated = ProvisionalAgendaReader.read(
            """
            Item 1. Opening of the meeting
            1.  The Chair will open the meeting.
            Item 1. Opening of the meeting (continued)
            2.  Statements will follow.
            Item 2. Other matters
            3.  Members may raise other business.
            """)
        #expect(annotated.items.map(\.label) == ["1", "2"])
        #expect(annotated.items[0].annotation == "The Chair will open the meeting.\n\nStatements will follow.")
    }

    @Test func anAnnotationsCitationsGoToItsItemButRulesOfProcedureStayText() {
        let read = ProvisionalAgendaReader.read(
            """
            Item 1. Election of officers
            1.  Under rule 12 of the rules of procedure, and as decision 2024/3 asks, the group will elect its Bureau; see also HSP/EB.2024/14 and General Assembly resolution 75/224.
            """)
        let item = try! #require(read.items.first)
        #expect(item.decisions == ["2024/3"])
        #expect(item.resolutions.isEmpty)
        #expect(item.documents.sorted() == ["A/RES/75/224", "HSP/EB.2024/14"])
        #expect(item.annotation?.contains("rule 12 of the rules of procedure") == true)
    }

    @Test func theAgendaASummaryQuotesAsBulletsIsNumberedInOrder() {
        let read = ProvisionalAgendaReader.read(
            """
            1. The group met at 10:00. It adopted the provisional agenda below as follows:
             - Adoption of the agenda.
             - Harbour guidelines, including:
             - a. the second draft in line with resolution 2/7;
             - b. the peer review.
             - Other matters.
            2. The Chair welcomed the members.
            """)
        #expect(read.items.map(\.label) == ["1", "2", "2(a)", "2(b)", "3"])
        #expect(read.items[2].title == "the second draft in line with resolution 2/7")
        #expect(read.items[2].resolutions == ["2/7"])
        #expect(read.line == 2)
    }

    @Test func aPageOfDocumentsByItemGivesEachItemItsSymbols() {
        let read = ProvisionalAgendaReader.read(
            """
            Documents before the meeting
            Agenda item 1:
            HSP/EB.2025/1: Provisional agenda
            HSP/EB.2025/1/Add.1 : Annotations
            Agenda item 2: Harbour guidelines
            A background note without a symbol
            HSP/EB.2025/3: Report, citing General Assembly resolution 75/224
            """)
        #expect(read.items.map(\.label) == ["1", "2"])
        #expect(read.items[0].title == nil)
        #expect(read.items[0].documents == ["HSP/EB.2025/1", "HSP/EB.2025/1/Add.1"])
        #expect(read.items[1].title == "Harbour guidelines")
        #expect(read.items[1].documents == ["HSP/EB.2025/3", "A/RES/75/224"])
        #expect(!read.isWhole)
        // A summary's item headings over paragraphs list no documents: no such page.
        #expect(ProvisionalAgendaReader.read("Agenda item 1: Opening\nThe Chair opened the meeting.\n").items.isEmpty)
    }

    @Test func theMeetingsDatesTimeAndVenueComeFromTheLinesBeforeTheAgenda() {
        let page = ProvisionalAgendaReader.read(
            """
            The working group will be held on 3 and 4 March 2025 in Conference Room 7, starting at 10.30 a.m. at the United Nations Office at Nairobi.
            Provisional agenda
            1. Opening of the meeting.
            """)
        #expect(page.setting.startDate == CalendarDate(year: 2025, month: 3, day: 3))
        #expect(page.setting.endDate == CalendarDate(year: 2025, month: 3, day: 4))
        #expect(page.setting.startTime == ClockTime(hour: 10, minute: 30))
        #expect(page.setting.venue == "Conference Room 7, the United Nations Office at Nairobi")
        #expect(page.setting.datesLine == 1)

        let document = ProvisionalAgendaReader.read(
            """
            HSP/EB.2025/1
            12 January 2025
            Second session
            Mombasa, 10–14 March 2025
            Item 1. Opening of the session
            1.  The session will be opened at 9 a.m.
            """)
        // The date of issue alone on its line is not the meeting's.
        #expect(document.setting.startDate == CalendarDate(year: 2025, month: 3, day: 10))
        #expect(document.setting.endDate == CalendarDate(year: 2025, month: 3, day: 14))
        #expect(document.setting.venue == "Mombasa")
        // The time is read before the agenda only: "opened at 9 a.m." is under item 1.
        #expect(document.setting.startTime == nil)

        let span = ProvisionalAgendaReader.read("The Committee met from 29 May to 2 June 2023.\n1. Opening.\n")
        #expect(span.setting.startDate == CalendarDate(year: 2023, month: 5, day: 29))
        #expect(span.setting.endDate == CalendarDate(year: 2023, month: 6, day: 2))
    }
}
