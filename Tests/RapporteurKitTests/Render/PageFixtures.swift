import Foundation

@testable import RapporteurKit

/// The stores the page document tests read: the demo's meeting and tracker, PBA-57's
/// agenda with and without annotations, and a Board session's progress report.
enum PageFixtures {
    /// The reference world with the demo's record and tracker imported.
    static func demo() throws -> AppStore {
        let store = try referenceStore()
        let file = packageRoot.appending(path: "examples/pba-56.record")
        let read = RecordFormatReader.read(try String(contentsOf: file, encoding: .utf8), file: "pba-56.record")
        try store.importRecords(read.records.map { ("pba-56.record", $0) })
        try store.importTracker(
            try TrackerTexts.example(), file: "tracker.txt", asOf: try CalendarDate.parse("2025-06-01"))
        return store
    }

    /// PBA-57's provisional agenda; annotated, with notes under items 1, 2(a) (two
    /// paragraphs) and 3.
    static func agenda(annotated: Bool) throws -> AgendaDocument {
        let store = try summaryStore()
        try store.editAgendaItem(
            meeting: "PBA-57", item: "2a", title: nil,
            links: AgendaLinks(decisions: [], documents: ["HSP/EB.2024/INF.16"]), asAmended: true)
        if annotated {
            try store.annotateAgendaItem(meeting: "PBA-57", item: "1", text: "The agenda is before the group.")
            try store.annotateAgendaItem(
                meeting: "PBA-57", item: "2a",
                text: """
                    The Secretariat reports on its work under resolution 2/7,
                    with the information note HSP/EB.2024/INF/16.

                    The working group may wish to give guidance & take note.
                    """)
            try store.annotateAgendaItem(meeting: "PBA-57", item: "3", text: "Any other matter may be raised.")
        }
        let overview = try store.overview(of: "PBA-57")
        return AgendaDocument(
            meeting: overview.meeting, body: overview.body, agenda: overview.agenda, showingProvisional: true,
            annotated: annotated)
    }

    /// EB-2025-1's report: an open question on 1/2, and updates on 2/7 from before and
    /// after the Board's December session.
    static func progressReport() throws -> ProgressReportDocument {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the *second* phase would start", resolutions: ["1/2"])
        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 1, startDate: try CalendarDate.parse("2025-03-05"),
                endDate: try CalendarDate.parse("2025-03-07"), venue: "Nairobi"))
        try store.importReport(
            """
            B. Resolution 2/7
            1. An update older than the December session.
            """, file: "old.txt", asOf: try CalendarDate.parse("2024-11-01"), symbol: "HSP/EB.2099/1")
        try store.importReport(
            """
            B. Resolution 2/7
            1. Under paragraph 8, a needs assessment was completed.
            2. Voluntary funding stays limited.
            """, file: "new.txt", asOf: try CalendarDate.parse("2025-02-01"), symbol: "HSP/EB.2099/2")
        return try store.progressReport(for: "EB-2025-1")
    }
}
