import Testing

@testable import RapporteurKit

@Suite struct AgendaDocumentTests {
    private func document(lead days: Int? = nil) throws -> AgendaDocument {
        let store = try summaryStore()
        if let days {
            var change = BodySettingsChange()
            change.documentLeadDays = days
            try store.updateBody("PBA", settings: change)
        }
        try store.editAgendaItem(
            meeting: "PBA-57", item: "2a", title: nil,
            links: AgendaLinks(decisions: [], documents: ["HSP/EB.2024/INF.16"]), asAmended: true)
        let overview = try store.overview(of: "PBA-57")
        return AgendaDocument(
            meeting: overview.meeting, body: overview.body, agenda: overview.agenda, showingProvisional: true)
    }

    @Test(arguments: DocumentFormat.allCases)
    func everyFormatMatchesItsGoldenFile(format: DocumentFormat) throws {
        expectSnapshot(
            try TemplateLibrary().render(try document(), with: format.template("agenda")),
            named: "agenda.\(format.rawValue)")
    }

    /// PBA-57 with annotations under items 1, 2(a) (two paragraphs) and 3, laid out under
    /// their items; item 2 and 2(b) have none.
    private func annotatedDocument() throws -> AgendaDocument {
        let store = try summaryStore()
        try store.annotateAgendaItem(
            meeting: "PBA-57", item: "1", text: "The working group is invited to adopt its provisional agenda.")
        try store.annotateAgendaItem(
            meeting: "PBA-57", item: "2a",
            text: """
                The Secretariat reports on what it has done under resolution 2/7 on adequate housing for all,
                with the information note HSP/EB.2024/INF/16 before the working group.

                The working group may wish to take note of the report & give its guidance on the next steps.
                """)
        try store.annotateAgendaItem(
            meeting: "PBA-57", item: "3", text: "Members may raise any other matter under this item.")
        let overview = try store.overview(of: "PBA-57")
        return AgendaDocument(
            meeting: overview.meeting, body: overview.body, agenda: overview.agenda, showingProvisional: true,
            annotated: true)
    }

    @Test(arguments: DocumentFormat.allCases)
    func anAnnotatedAgendaMatchesItsGoldenFile(format: DocumentFormat) throws {
        expectSnapshot(
            try TemplateLibrary().render(try annotatedDocument(), with: format.template("agenda")),
            named: "agenda-annotated.\(format.rawValue)")
    }

    @Test func annotationsAreLeftOutUnlessAskedFor() throws {
        let annotated = try annotatedDocument()
        #expect(annotated.status == "Annotated provisional agenda")
        #expect(annotated.lines.map(\.paragraphs.count) == [1, 0, 2, 0, 1])
        #expect(annotated.lines.map(\.followsAnnotation) == [false, true, false, true, false])
        let store = try summaryStore()
        try store.annotateAgendaItem(meeting: "PBA-57", item: "1", text: "An annotation not asked for.")
        let overview = try store.overview(of: "PBA-57")
        let plain = AgendaDocument(meeting: overview.meeting, body: overview.body, agenda: overview.agenda)
        #expect(plain.lines.allSatisfy { $0.paragraphs.isEmpty })
        #expect(!plain.status.hasPrefix("Annotated"))
    }

    /// docs/EDITORIAL.md: sub-items end with ";" and the last with "."; markers 1., (a), (i).
    @Test func itemsCarryTheirMarkersAndPunctuation() throws {
        let lines = try document().lines.map { "\($0.indent)\($0.marker) \($0.text)" }
        #expect(
            lines == [
                "1. Adoption of the provisional agenda.",
                "2. Progress on the resolutions of the second session:",
                "    (a) Adequate housing for all;",
                "    (b) Climate resilience.",
                "3. Any other business.",
            ])
        #expect(try document().lines[2].links == ["Resolution 2/7 (HSP/HA.2/RES.7); document HSP/EB.2024/INF/16"])
    }

    @Test func documentsAreDueByTheBodysLeadTime() throws {
        #expect(
            try document().documentsDue
                == "Documents for the meeting are due by Wednesday, 16 October 2024, seven days before it opens.")
        #expect(
            try document(lead: 14).documentsDue
                == "Documents for the meeting are due by Wednesday, 9 October 2024, 14 days before it opens.")
    }
}
