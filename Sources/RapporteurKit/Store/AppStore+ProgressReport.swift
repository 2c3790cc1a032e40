import GRDB

extension AppStore {
    /// Everything the progress report to a Board session is drafted from: the session,
    /// the previous session of the Board (updates since its first day), and per
    /// resolution its updates, the follow-up open as of the session, and what the
    /// briefings in force say of it, its roadmap as of `asOf` (default: the session's
    /// first day, the day the rest of the report holds for, so that the same report drafted
    /// on two days says the same). Typeset
    /// for the documents people read; `.asStored` for JSON.
    public func progressReport(
        for handle: String, typesetting: Typesetting = .typeset, asOf: CalendarDate? = nil
    ) throws -> ProgressReportDocument {
        let meeting = try self.meeting(handle)
        let day = asOf ?? meeting.startDate
        let body = try bodies().first { $0.id == meeting.bodyId }!
        let previous = try meetings(body: body.code).filter { $0.startDate < meeting.startDate }.last
        let followUp = try followUp(FollowUpFilter(asOf: meeting.startDate))
        let inputs = try resolutions().map { resolution in
            let key = resolution.key.key
            return ProgressReportDocument.ResolutionInput(
                key: resolution.key, title: resolution.title,
                updates: Self.oldestFirst(try implementationUpdates(of: key), through: meeting.startDate),
                openAsks: followUp.asks.filter { $0.resolutions.contains(key) },
                openCommitments: followUp.commitments.filter { $0.resolutions.contains(key) },
                briefing: try briefingDossier(of: key, asOf: day))
        }
        // The decisions a report has given updates of, each with those as of the session.
        let bodies = try self.bodies()
        let decisions = try self.decisions().compactMap { decision -> ProgressReportDocument.DecisionInput? in
            let updates = try Self.oldestFirst(implementationUpdates(of: decision), through: meeting.startDate)
            guard !updates.isEmpty else { return nil }
            return ProgressReportDocument.DecisionInput(
                key: decision.key, bodyName: bodies.first { $0.id == decision.bodyId }?.shortName ?? "",
                title: decision.title, updates: updates)
        }
        return ProgressReportDocument(
            meeting: meeting, body: body, since: previous?.startDate, resolutions: inputs, decisions: decisions,
            typesetting: typesetting)
    }

    /// Updates as the store gives them (newest first) up to `day`, oldest first, and in
    /// the order of their document within a day.
    static func oldestFirst(_ updates: [ImplementationUpdate], through day: CalendarDate) -> [ImplementationUpdate] {
        updates.enumerated().filter { $0.element.asOf <= day }
            .sorted { ($0.element.asOf, $0.offset) < ($1.element.asOf, $1.offset) }.map(\.element)
    }
}
