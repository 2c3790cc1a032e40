import Testing
@testable import RapporteurKit

@Suite struct AgendaTextTests {
    private func render(_ agenda: [AgendaNode], store: AppStore) throws -> String {
        let meeting = try store.meeting("PBA-56")
        let view = AgendaText(meeting: meeting, body: try store.body("PBA"), agenda: agenda)
        return try TemplateLibrary().render(view, with: "agenda-text")
    }

    /// EDITORIAL.md: sub-items end with ";" and the last with "."; an item with
    /// sub-items introduces them with ":"; markers 1., (a), (i).
    @Test func subItemsTakeSemicolonsAndTheLastAFullStop() throws {
        let store = try referenceStore()
        try planPBA56(in: store)
        let agenda = [
            AgendaNode(label: "1", title: "Adoption of the provisional agenda."),
            AgendaNode(label: "2", title: "Implementation of resolutions", children: [
                AgendaNode(label: "2(a)", title: "Smart cities", resolutions: ["2/1"]),
                AgendaNode(label: "2(b)", title: "Adequate housing", children: [
                    AgendaNode(label: "2(b)(i)", title: "Rules of procedure"),
                    AgendaNode(label: "2(b)(ii)", title: "Documents"),
                ]),
            ]),
            AgendaNode(label: "3", title: "Any other business"),
        ]
        let text = try render(agenda, store: store)
        #expect(text.hasSuffix("""
            Provisional agenda

            1. Adoption of the provisional agenda.
            2. Implementation of resolutions:
                (a) Smart cities;
                    Resolution 2/1 (HSP/HA.2/RES.1)
                (b) Adequate housing:
                    (i) Rules of procedure;
                    (ii) Documents.
            3. Any other business.

            """))
    }

    @Test func theHeadingGivesTheMeetingDateTimeVenueAndChair() throws {
        let store = try referenceStore()
        try planPBA56(in: store)
        let text = try render([AgendaNode(label: "1", title: "Adoption of the provisional agenda")], store: store)
        #expect(text.hasPrefix("""
            PBA-56: Fifty-sixth meeting of the ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board
            Wednesday, 16 October 2024, 10:00 – 13:00 East Africa Time
            UNON Conference Room 4
            Chair: H.E. Dr. Pedro Leon Cortes Ruiz, Permanent Representative of the Republic of Colombia to UN-Habitat
            """))
    }

    @Test func templateTextIsNotHTMLEscaped() throws {
        let store = try referenceStore()
        try planPBA56(in: store)
        let text = try render([AgendaNode(label: "1", title: "Budget & \"resources\" <2025>")], store: store)
        #expect(text.contains("1. Budget & \"resources\" <2025>."))
    }
}
