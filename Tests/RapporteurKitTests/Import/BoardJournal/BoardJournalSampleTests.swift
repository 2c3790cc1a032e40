import Testing

@testable import RapporteurKit

/// The Board's daily journals of ../shared/samples (05, 12, 17), each fact the samples'
/// README says a correct reading finds, read and then imported.
@Suite(.enabled(if: Samples.available, "../shared/samples is missing"))
struct BoardJournalSampleTests {
    private func interventions(_ record: RecordFile) -> [RecordFile.Intervention] {
        record.entries.compactMap { if case .intervention(let intervention) = $0 { intervention } else { nil } }
    }

    private func responses(_ record: RecordFile) -> [RecordFile.Response] {
        record.entries.compactMap { if case .response(let response) = $0 { response } else { nil } }
    }

    @Test func theOpeningDayOf2020HasStatementsAndNoDelegation() throws {
        let text = try Samples.body("05")
        #expect(SummaryLayout.detect(text) == .boardJournal)
        let parsed = SummaryParser.parse(text)
        #expect(parsed.errors.isEmpty)
        // "First Daily Journal"; Tuesday 27 October 2020, online.
        #expect(parsed.day == SessionDay(number: 1, date: CalendarDate(year: 2020, month: 10, day: 27)))
        #expect(parsed.venue == "online")
        // One agenda item.
        #expect(parsed.agenda == [ParsedAgendaItem(label: "1", title: "Opening of the Meeting")])
        // The Chair named in running text.
        #expect(parsed.chair == "Mr. Jafaar Barmaki")
        #expect(parsed.chairFunction == "Islamic Republic of Iran")
        // Statements by the Chair, the President of the Assembly (Mexico) and the Executive Director.
        let statements = parsed.paragraphs.filter { $0.kind == "statement" }
        #expect(
            statements.map(\.speakers) == [
                ["Chair"], ["stakeholder: President of the UN-Habitat Assembly"], ["Secretariat"],
            ])
        #expect(statements[1].text.contains("Martha Delgado of Mexico"))
        // No delegation speaks and no Member State asks: the President's "urged Member
        // states" is her appeal, and Sweden, Germany and Kenya are only mentioned.
        #expect(!parsed.paragraphs.contains { $0.role == .intervention })
        #expect(parsed.paragraphs.allSatisfy { $0.asks.isEmpty })
        let speakers = parsed.paragraphs.flatMap(\.speakers)
        for mentioned in ["Sweden", "Germany", "Kenya", "Mexico", "Member States"] {
            #expect(!speakers.contains(mentioned))
        }

        let result = try referenceStore().importSummary(text, file: "05.txt")
        #expect(result.record.handle == "EB-2020-2")
        #expect(result.record.startDate == CalendarDate(year: 2020, month: 10, day: 27))
        #expect(result.report.meetings.first?.asks == 0)
    }

    @Test func theSecondDayOf2023HasJointInterventionsAnsweredInTheirParagraph() throws {
        let text = try Samples.body("12")
        #expect(SummaryLayout.detect(text) == .boardJournal)
        let parsed = SummaryParser.parse(text)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.day == SessionDay(number: 2, date: CalendarDate(year: 2023, month: 11, day: 29)))
        #expect(parsed.venue == "Nairobi, Kenya")
        #expect(parsed.agenda.last?.label == "7")

        let result = try referenceStore().importSummary(text, file: "12.txt")
        let record = result.record
        #expect(record.handle == "EB-2023-3")
        let spoken = interventions(record).filter { $0.kind != .statement }
        // "Member States broadly commended" (unnamed, an appreciation); USA, MALAWI and
        // ARGENTINA one joint intervention that appreciates (no ask); "Several Member
        // States" ask; FRANCE and COLOMBIA jointly ask.
        #expect(
            spoken.map(\.speakers) == [
                ["Member States"], ["USA", "Malawi", "Argentina"], ["Member States"], ["France", "Colombia"],
            ])
        #expect(spoken.map(\.kind) == [.appreciation, .appreciation, .request, .request])
        #expect(spoken[0].asks.isEmpty && spoken[1].asks.isEmpty)
        #expect(spoken[2].asks.map(\.text).first?.hasPrefix("additional technical support") == true)
        #expect(
            spoken[3].asks.map(\.text).first?.hasPrefix("having guides and tools available in different languages")
                == true)
        // Each answered in the same paragraph by "UN-Habitat agreed and highlighted …",
        // as the text records it.
        let answers = responses(record)
        #expect(answers.map(\.sourceParagraph) == [spoken[2].sourceParagraph, spoken[3].sourceParagraph])
        #expect(answers.allSatisfy { $0.text.hasPrefix("agreed and highlighted") })
        #expect(
            answers.map(\.answers) == [
                [RecordFile.Answer(ask: spoken[2].asks[0].key, extent: .full)],
                [RecordFile.Answer(ask: spoken[3].asks[0].key, extent: .full)],
            ])
        #expect(result.report.meetings.first?.answers == 2)
        // MALAYSIA "reiterated its willingness to support" (no ask): the text is cut there.
        let cut = try #require(result.warnings.first { $0.message.contains("stops short") })
        #expect(cut.message.hasSuffix("; it reports Malaysia, comment"))
        #expect(!spoken.flatMap(\.speakers).contains("Malaysia"))
    }

    @Test func theSecondDayOf2024HasAsksByTheSameSpeakerAndATwoPartAsk() throws {
        let text = try Samples.body("17")
        #expect(SummaryLayout.detect(text) == .boardJournal)
        let parsed = SummaryParser.parse(text)
        #expect(parsed.errors.isEmpty)
        // "2024 SECOND SESSION OF THE EXECUTIVE BOARD 4-6 DECEMBER 2024"; Thursday 5 December 2024.
        #expect(parsed.number == 2)
        #expect(parsed.day == SessionDay(number: 2, date: CalendarDate(year: 2024, month: 12, day: 5)))
        // Items 6 and 6 (a).
        #expect(parsed.agenda.suffix(2).map(\.label) == ["6", "6(a)"])
        #expect(
            parsed.agenda.suffix(2).map(\.title) == [
                "Strategic Plan", "Annual report for 2023 on the Strategic Plan for the period 2020-2025",
            ])

        let result = try referenceStore().importSummary(text, file: "17.txt")
        let record = result.record
        #expect(record.handle == "EB-2024-2")
        let spoken = interventions(record).filter { $0.kind != .statement }
        #expect(spoken.map(\.speakers) == [["Brazil"], ["USA"]])
        // BRAZIL commended, then "The representative recommended …": an ask by the same speaker.
        #expect(spoken[0].kind == .request)
        #expect(
            spoken[0].asks.map(\.text) == [
                "to identify the main challenges for implementation and include them in future reports"
            ])
        // USA commended, then "requested UN-Habitat to elaborate on …": a two-part ask.
        #expect(spoken[1].kind == .request)
        #expect(
            spoken[1].asks.map(\.text) == [
                "UN-Habitat to elaborate on innovative financing mechanisms proposed in the Strategic Plan 2026-2029",
                "UN-Habitat to elaborate on how it ensures prioritization of vulnerable populations",
            ])
        // SENEGAL encouraged (an ask), in the paragraph the text cuts: it is named in the
        // warning, not stored half-read.
        let cut = try #require(result.warnings.first { $0.message.contains("stops short") })
        #expect(cut.message.hasSuffix("; it reports Senegal, request"))
        // No response in the excerpt.
        #expect(responses(record).isEmpty)
    }
}
