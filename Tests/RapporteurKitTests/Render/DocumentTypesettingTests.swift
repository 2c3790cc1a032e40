import Testing

@testable import RapporteurKit

/// Every document view is typeset unless built `.asStored` (what JSON is written from),
/// and what a record read from a published summary says keeps its own characters while
/// the words written around it are typeset.
@Suite struct DocumentTypesettingTests {
    private static let nbsp = "\u{00A0}"

    /// PBA-56 with a typed comment, a typed response, and a comment and a response read
    /// from paragraphs 12 and 13 of its published summary, all with straight quotes; the
    /// meeting's record is its final summary, as `import summary` leaves it.
    private func store(status: MeetingStatus = .summaryFinal) throws -> AppStore {
        let store = try recordStore()
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2", speakers: ["Côte d'Ivoire"], kind: .comment,
                text: #"welcomed the "Urban Agenda" platform for 2024-2025"#, named: true))
        try store.respond("said the platform's budget was US$ 20,000")
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2", speakers: ["Kenya"], kind: .comment,
                text: #"praised the "Safer Cities" tools for 2022-2024"#, sourceParagraph: 12))
        try store.recordResponse(
            NewResponse(
                meeting: "PBA-56", item: "2", text: "noted UN-Habitat's 'Safer Cities' project", sourceParagraph: 13))
        try finalize(store, status: status)
        return store
    }

    private func finalize(_ store: AppStore, status: MeetingStatus = .summaryFinal) throws {
        var change = MeetingChange()
        change.status = status
        try store.updateMeeting("PBA-56", change: change)
    }

    private func texts(_ document: SummaryDocument) -> [String] {
        document.sections.flatMap { $0.blocks.compactMap { $0.paragraph?.text } }
    }

    @Test func typedRecordsAndTheWordsAroundThemAreTypeset() throws {
        let texts = texts(SummaryDocument(try store().recordSource(of: "PBA-56"), style: .named))
        #expect(
            texts.contains(
                "The representative of Côte d’Ivoire welcomed the “Urban Agenda” platform for 2024–2025."))
        #expect(texts.contains("The Secretariat said the platform’s budget was US$\(Self.nbsp)20,000."))
    }

    @Test func recordsReadFromAPublishedSummaryKeepTheirOwnCharacters() throws {
        let texts = texts(SummaryDocument(try store().recordSource(of: "PBA-56"), style: .named))
        #expect(texts.contains(#"The representative of Kenya praised the "Safer Cities" tools for 2022-2024."#))
        #expect(texts.contains("The Secretariat noted UN-Habitat's 'Safer Cities' project."))
    }

    /// A record typed in our own words that cites the summary's paragraphs (the demo's)
    /// is ours to typeset while the meeting's record is not its published summary.
    @Test func recordsCitingAParagraphOfASummaryNotImportedAreTypeset() throws {
        let texts = texts(SummaryDocument(try store(status: .held).recordSource(of: "PBA-56"), style: .named))
        #expect(texts.contains("The representative of Kenya praised the “Safer Cities” tools for 2022–2024."))
        #expect(texts.contains("The Secretariat noted UN-Habitat’s ‘Safer Cities’ project."))
    }

    @Test func asStoredKeepsWhatWasStored() throws {
        let document = SummaryDocument(
            try store().recordSource(of: "PBA-56"), style: .named, typesetting: .asStored)
        #expect(
            texts(document).contains(
                #"The representative of Côte d'Ivoire welcomed the "Urban Agenda" platform for 2024-2025."#))
        #expect(texts(document).contains("The Secretariat said the platform's budget was US$ 20,000."))
    }

    @Test func theSpeakerReferencesShowTypesetNamesAndKeepTheirIds() throws {
        let document = SummaryDocument(try store().recordSource(of: "PBA-56"), style: .named)
        let reference = AkomaNtosoSummary(document).references.first { $0.id == "state-c-te-d-ivoire" }
        #expect(reference?.showAs == "Côte d’Ivoire")
    }

    @Test func theAkomaNtosoSummaryIsTypesetAndStillNamesItsResolutions() throws {
        let store = try store()
        try store.say("Kenya", .comment, #"asked about resolution 2/7 "in full""#)
        let xml = AkomaNtosoSummary(SummaryDocument(try store.recordSource(of: "PBA-56"), style: .named)).xml
        #expect(xml.contains("welcomed the “Urban Agenda” platform for 2024–2025."))
        #expect(xml.contains(#"praised the &quot;Safer Cities&quot; tools for 2022-2024."#))
        #expect(xml.contains(#"asked about resolution <ref href="/akn/un/statement/deliberation/unhabitat/"#))
        #expect(xml.contains("“in full”"))
    }

    @Test func markdownAndHTMLKeepEscapingAroundTheNewCharacters() throws {
        let store = try store()
        try store.say("Kenya", .comment, #"quoted "*bold* <b>" - and 'a_b'"#)
        let document = SummaryDocument(try store.recordSource(of: "PBA-56"), style: .named)
        let markdown = try TemplateLibrary().render(document, with: DocumentFormat.md.template("summary"))
        #expect(markdown.contains(#"quoted “\*bold\* \<b\>” – and ‘a\_b’."#))
        let html = try TemplateLibrary().render(document, with: DocumentFormat.html.template("summary"))
        #expect(html.contains("quoted “*bold* &lt;b&gt;” – and ‘a_b’."))
        #expect(html.contains("US$\(Self.nbsp)20,000"))
        #expect(html.contains(#"<meta charset="utf-8">"#))
    }

    @Test func theAgendaIsTypesetUnlessAsStored() throws {
        let store = try recordStore()
        try store.addAgendaItem(meeting: "PBA-56", title: #"The "Habitat" work programme for 2026-2027"#, at: "3")
        let overview = try store.overview(of: "PBA-56")
        let typeset = AgendaDocument(meeting: overview.meeting, body: overview.body, agenda: overview.agenda)
        #expect(typeset.lines.map(\.text).contains("The “Habitat” work programme for 2026–2027."))
        let stored = AgendaDocument(
            meeting: overview.meeting, body: overview.body, agenda: overview.agenda, typesetting: .asStored)
        #expect(stored.lines.map(\.text).contains(#"The "Habitat" work programme for 2026-2027."#))
    }

    @Test func theFollowUpListTypesetsTypedAsksAndKeepsThoseReadFromASummary() throws {
        let store = try recordStore()
        try store.say("Kenya", .question, #"asked when the "second phase" would start"#)
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2", speakers: ["Brazil"], kind: .question,
                text: #"asked about the "first phase""#, sourceParagraph: 20))
        try store.recordCommitment(NewCommitment(meeting: "PBA-56", text: "share the platform's plan"))
        try store.recordCommitment(
            NewCommitment(meeting: "PBA-56", text: "share UN-Habitat's report", sourceParagraph: 21))
        try finalize(store)
        let list = try store.followUp(FollowUpFilter(asOf: try CalendarDate.parse("2024-12-02")))
        let document = FollowUpDocument(list, resolutionTitles: [:])
        let asks = document.groups.flatMap { $0.meetings.flatMap(\.asks) }.map(\.text)
        #expect(asks.contains("asked when the “second phase” would start"))
        #expect(asks.contains(#"asked about the "first phase""#))
        let commitments = document.groups.flatMap { $0.meetings.flatMap(\.commitments) }.map(\.text)
        #expect(commitments.contains("share the platform’s plan"))
        #expect(commitments.contains("share UN-Habitat's report"))
        // The JSON is written from the list, as stored, and has the shape it had.
        #expect(list.json.contains(#"share the platform's plan"#))
        #expect(!list.json.contains("fromPublishedSummary"))
    }

    @Test func theProgressReportTypesetsTypedUpdatesAndKeepsThoseReadFromADocument() throws {
        let store = try recordStore()
        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 1, startDate: try CalendarDate.parse("2025-03-05"),
                endDate: try CalendarDate.parse("2025-03-07"), venue: "Nairobi"))
        try store.addUpdate("2/7", asOf: try CalendarDate.parse("2025-01-10"), text: #"The "pilot" ran in 2024-2025."#)
        try store.importReport(
            """
            B. Resolution 2/7
            1. The "Habitat" assessment covered 2023-2024.
            """, file: "report.txt", asOf: try CalendarDate.parse("2025-02-01"), symbol: "HSP/EB.2099/2")
        func paragraphs(_ report: ProgressReportDocument) -> [String] {
            report.sections.flatMap { $0.blocks.compactMap { $0.paragraph?.text } }
        }
        let typeset = paragraphs(try store.progressReport(for: "EB-2025-1"))
        #expect(typeset.contains("The “pilot” ran in 2024–2025."))
        #expect(typeset.contains(#"The "Habitat" assessment covered 2023-2024."#))
        let stored = paragraphs(try store.progressReport(for: "EB-2025-1", typesetting: .asStored))
        #expect(stored.contains(#"The "pilot" ran in 2024-2025."#))
    }

    @Test func theTrackerDocumentIsTypesetAndItsCSVIsNot() throws {
        let store = try referenceStore()
        try store.setFunding(
            "2/7", required: 1200, mobilized: 300, asOf: try CalendarDate.parse("2025-03-01"),
            note: #""Regular budget" only, for 2024-2025"#)
        let tracker = try store.tracker()
        #expect(TrackerDocument(tracker).notes == ["Resolution 2/7: “Regular budget” only, for 2024–2025"])
        #expect(
            TrackerDocument(tracker, typesetting: .asStored).notes == [
                #"Resolution 2/7: "Regular budget" only, for 2024-2025"#
            ])
        let csv = TrackerDocument.csv(tracker)
        #expect(!csv.contains { "“”‘’–\u{00A0}".contains($0) })
        #expect(csv.contains("\n2/7,Adequate housing for all,"))
    }
}
