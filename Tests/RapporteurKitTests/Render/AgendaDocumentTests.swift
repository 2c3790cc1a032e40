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
