import RapporteurKit

/// What the commands that show the record read and write once something is stored:
/// `agenda show` (and `--provisional`), `summary` in each style, `export record`,
/// `followup`, `tracker`, `tracker check`, `resolution show --full`, `decision show
/// --full` and `report progress`, as text.
enum FuzzReadBack {
    static let templates: TemplateLibrary = {
        do { return try TemplateLibrary() } catch { fatalError("the built-in templates do not load: \(error)") }
    }()

    static func meetings(_ handles: [String], in store: AppStore) throws {
        for handle in handles {
            let overview = try store.overview(of: handle)
            _ = try templates.render(
                AgendaDocument(meeting: overview.meeting, body: overview.body, agenda: overview.agenda),
                with: DocumentFormat.txt.template("agenda"))
            if let provisional = try store.frozenProvisionalAgenda(of: handle) {
                _ = try templates.render(
                    AgendaDocument(
                        meeting: overview.meeting, body: overview.body, agenda: provisional,
                        showingProvisional: true), with: DocumentFormat.txt.template("agenda"))
            }
            let source = try store.recordSource(of: handle)
            for style in [nil] + AttributionStyle.allCases.map(Optional.some) {
                _ = try templates.render(
                    SummaryDocument(source, style: style), with: DocumentFormat.txt.template("summary"))
            }
            _ = RecordFormatWriter.write([try store.exportRecord(handle)])
        }
        let list = try store.followUp(FollowUpFilter(asOf: FuzzImports.asOf))
        _ = try templates.render(
            FollowUpDocument(list, resolutionTitles: try store.resolutionTitles()),
            with: DocumentFormat.txt.template("followup"))
    }

    /// The tracker, and the resolutions an import wrote about (a few: each costs the
    /// same queries), as `resolution show --full` shows them.
    static func resolutions(_ keys: [String], in store: AppStore) throws {
        let tracker = try store.tracker()
        _ = try templates.render(TrackerDocument(tracker), with: DocumentFormat.txt.template("tracker"))
        _ = TrackerDocument.csv(tracker)
        _ = try store.trackerFindings()
        var shown = Set<String>()
        for key in keys where shown.count < 3 && shown.insert(key).inserted {
            _ = try store.statusHistory(of: key)
            _ = try store.budgetImplications(of: key)
            _ = try store.budgetGrandTotals(of: key)
            _ = try store.roadmap(of: key)
            _ = try store.briefingDossier(of: key, asOf: FuzzImports.asOf).parts(date: UNDate.long)
            _ = try store.fundraising(of: key)
            _ = try store.implementationUpdates(of: key)
            _ = try store.history(of: key)
        }
    }

    /// The decisions a report wrote about, as `decision show --full` shows them (their
    /// updates and footnotes), and the progress report to the Board's last session, in
    /// every format, with its section on decisions and the footnotes numbered through.
    static func decisions(_ keys: [String], in store: AppStore) throws {
        for key in Set(keys) {
            let updates = try store.implementationUpdates(of: try store.decision(key))
            _ = updates.map { $0.text + $0.footnotes.map(\.text).joined() }
        }
        // The Board's last session recorded, where the store holds one (the example data does).
        guard !keys.isEmpty, let meeting = try store.meetings(body: "EB").last else { return }
        let report = try store.progressReport(for: meeting.handle)
        for format in DocumentFormat.allCases {
            _ = try templates.render(report, with: format.template("report"))
        }
        _ = try WordWriter.docx(report.page)
    }
}
