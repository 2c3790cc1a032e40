import Testing

@testable import RapporteurKit

/// A provisional agenda as a page or a document prints it, in our own words.
@Suite struct ProvisionalAgendaReaderTests {
    private let page = """
        Fourth meeting of the working group on coastal towns
        - Programme
        - Documents
        - Register
        Provisional agenda
        1. Opening of the meeting.
        2. Adoption of the agenda and organization of work:
        a) Adoption of the agenda;
        b) Organization of work.
        3. Progress on the harbour resilience guidelines:
        (a) Regional consultations held in the first half of the year
        on the draft guidelines;
        (b) Next steps:
        (i) Second draft;
        (ii) Peer review.
        4. Implementation of resolution 2/7.
        5. Other matters.
        6. Closure of the meeting.
        Notes: documents are posted two weeks before the meeting.
        1. This numbered note is not the agenda.
        """

    @Test func itemsSubItemsAndTheirPartsComeWithTheirLabels() {
        let read = ProvisionalAgendaReader.read(page)
        #expect(read.line == 6)
        #expect(
            read.items.map(\.label) == [
                "1", "2", "2(a)", "2(b)", "3", "3(a)", "3(b)", "3(b)(i)", "3(b)(ii)", "4", "5", "6",
            ])
        #expect(read.items[2].title == "Adoption of the agenda")
        // Broken over two lines, joined; the final punctuation goes.
        #expect(
            read.items[5].title == "Regional consultations held in the first half of the year on the draft guidelines")
        #expect(read.items[9].resolutions == ["2/7"])
    }

    @Test func theNinthLetterIsALetterAfterTheEighth() {
        let letters = "abcdefghi".map { "(\($0)) Part \($0);" }.joined(separator: "\n")
        let read = ProvisionalAgendaReader.read("1. Reports:\n" + letters + "\n2. Closure.")
        #expect(read.items.map(\.label).contains("1(i)"))
        #expect(!read.items.map(\.label).contains("1(h)(i)"))
    }

    @Test func aTextWithNoListFromOneHasNoAgenda() {
        #expect(ProvisionalAgendaReader.read("The Board met.\n2. A stray line.\n").items.isEmpty)
    }

    /// Sample 27, the Board's 2019 provisional agenda as its web page gives it: what the
    /// samples' README says a correct reading finds.
    @Test(.enabled(if: Samples.available, "../shared/samples is missing"))
    func theBoardsAgendaOf2019() throws {
        let read = ProvisionalAgendaReader.read(try Samples.text("27"))
        let labels = read.items.map(\.label)
        #expect(labels.filter { !$0.contains("(") } == (1...11).map(String.init))
        #expect(labels.filter { $0.filter { $0 == "(" }.count == 1 } == ["2(a)", "2(b)", "5(a)", "5(b)"])
        #expect(
            labels.filter { $0.filter { $0 == "(" }.count == 2 } == [
                "5(a)(i)", "5(a)(ii)", "5(a)(iii)", "5(b)(i)", "5(b)(ii)", "5(b)(iii)", "5(b)(iv)",
            ])
        let second = try #require(read.items.first { $0.label == "5(a)(ii)" })
        #expect(
            second.title
                == "Date of receipt of the final report on the full cycle of the 2014–2019 UN-Habitat strategic plan")
        // The page's links ("- Programme") are not agenda items.
        #expect(!read.items.contains { $0.title?.hasPrefix("Programme") == true })
    }

    @Test func anAnnotatedAgendaGivesEachItemWhatIsSaidUnderIt() {
        let annotated = """
            Working group on coastal towns
            Annotations to the provisional agenda
            Item 1. Opening of the meeting
            1.  The Chair will open the meeting at 10 a.m.

            Annotations to the provisional agenda (continued)
            Item 2. Harbour guidelines
            2.  The group will hear a briefing on the second draft.
            3.  It may wish to agree on a date for the peer review.
            Item 3. Other matters
            4.  Any other business may be raised under this item and the
            """
        let read = ProvisionalAgendaReader.read(annotated)
        #expect(read.items.map(\.label) == ["1", "2", "3"])
        #expect(read.line == 3)
        #expect(read.items[0].annotation == "The Chair will open the meeting at 10 a.m.")
        // The running head is no annotation; two paragraphs stay two.
        #expect(
            read.items[1].annotation
                == "The group will hear a briefing on the second draft.\n\nIt may wish to agree on a date for the peer review."
        )
        // Cut mid-sentence: the paragraph that stops short is left out.
        #expect(read.items[2].annotation == nil)
    }

    /// Sample 32, the Governing Council's annotated agenda of 2005 as text taken from Word.
    @Test(.enabled(if: Samples.available, "../shared/samples is missing"))
    func theGoverningCouncilsAnnotatedAgendaOf2005() throws {
        let read = ProvisionalAgendaReader.read(try Samples.text("32"))
        #expect(
            read.items.map(\.title) == [
                "Election of officers", "Credentials", "Adoption of the agenda and organization of work",
            ])
        #expect(read.items[0].annotation?.hasPrefix("In accordance with rule 17 of its rules of procedure") == true)
        #expect(read.items[1].annotation?.hasPrefix("Under rule 16 of the rules of procedure") == true)
        #expect(read.items[2].annotation?.hasSuffix("appear below in annexes III and annex IV.") == true)
        // The running head repeated before item 2 is furniture, not annotation.
        #expect(read.items.allSatisfy { $0.annotation?.contains("for decision") != true })
    }
}
