@testable import RapporteurKit

/// A store with two meetings: PBA-56, a small plain record that nothing should touch,
/// and PBA-90, whose every text field (see `RecordTextField`) holds the value a test
/// chooses, entered through the same library calls the commands make.
struct RecordTextScenario {
    enum Slot: Sendable, CaseIterable {
        case timeZoneLabel, timeZoneName, venue, chair, chairFunction, decisionTitle, itemTitle, itemAnnotation
        case interventionText, askText, askNote, stakeholder, entity, secretariatUnit
        case responseText, responseUnit, commitmentText, commitmentOwner, commitmentNote
        case publishedParagraph
    }

    /// The value of each slot; a slot not given gets a plain word.
    var values: [Slot: String]

    func value(_ slot: Slot) -> String {
        values[slot] ?? "plain \(slot)"
    }

    /// What is typed before a slot's value ("stakeholder: " before a stakeholder's name).
    static func typedBefore(_ slot: Slot) -> String {
        switch slot {
        case .stakeholder: "stakeholder: "
        case .entity: "entity: "
        case .secretariatUnit, .commitmentOwner: "Secretariat: "
        default: ""
        }
    }

    /// A slot's value as typed.
    func typed(_ slot: Slot) -> String {
        Self.typedBefore(slot) + value(slot)
    }

    /// A store holding both meetings, the reference world loaded.
    func build() throws -> AppStore {
        let store = try referenceStoreCopy()
        try planPBA56(in: store)
        try store.addAgendaItem(meeting: "PBA-56", title: "Opening of the meeting")
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "1", speakers: ["Colombia"], kind: .question,
                text: "asked when the first phase had closed"))
        try store.recordResponse(
            NewResponse(
                meeting: "PBA-56", item: "1", text: "explained that it had closed in April",
                answers: ["Q1"]))
        try store.recordCommitment(
            NewCommitment(meeting: "PBA-56", origin: "R1", text: "share the list of participants"))

        var zone = BodySettingsChange()
        zone.timeZoneLabel = value(.timeZoneLabel)
        zone.timeZoneName = value(.timeZoneName)
        _ = try store.updateBody("PBA", settings: zone)
        try store.planMeeting(
            MeetingPlan(
                body: "PBA", number: 90, startDate: try CalendarDate.parse("2026-03-04"),
                venue: value(.venue), chair: value(.chair), chairFunction: value(.chairFunction)))
        _ = try store.addDecision(body: "EB", key: "2026/1", title: value(.decisionTitle), adoptedOn: nil)
        try store.addAgendaItem(meeting: "PBA-90", title: value(.itemTitle), links: AgendaLinks(decisions: ["2026/1"]))
        try store.annotateAgendaItem(meeting: "PBA-90", item: "1", text: value(.itemAnnotation))
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-90", item: "1",
                speakers: [typed(.stakeholder), typed(.entity), typed(.secretariatUnit)],
                kind: .question, text: value(.interventionText), asks: [value(.askText), "a second ask"]))
        _ = try store.closeAsk("Q3", as: .withdrawn, note: value(.askNote))
        try store.recordResponse(
            NewResponse(
                meeting: "PBA-90", item: "1", text: value(.responseText), answers: ["Q2"],
                unit: value(.responseUnit)))
        try store.recordCommitment(
            NewCommitment(
                meeting: "PBA-90", origin: "R2", text: value(.commitmentText),
                owner: typed(.commitmentOwner)))
        try store.recordCommitment(NewCommitment(meeting: "PBA-90", origin: "R2", text: "a commitment cancelled"))
        _ = try store.cancelCommitment("A3", note: value(.commitmentNote))
        // The dues a record carries with no date: as early as possible, and a session not planned yet.
        try store.recordCommitment(
            NewCommitment(meeting: "PBA-90", origin: "R2", text: "post the slides", due: .asEarlyAsPossible))
        try store.recordCommitment(
            NewCommitment(meeting: "PBA-90", origin: "R2", text: "report to the Board", due: .meeting("EB-2027-1")))
        try addPublishedParagraphs(to: store)
        return store
    }

    /// PBA-90 as if read from a published summary: its record imported again with two
    /// published paragraphs, the first holding the slot's value and drawn into the
    /// intervention, the second edited and drawn into the response, as `import record`
    /// stores them. An import reports what it refuses as diagnostics; the first is
    /// handed on as the error a command shows.
    private func addPublishedParagraphs(to store: AppStore) throws {
        var record = try store.exportRecord("PBA-90")
        record.publishedStyle = .anonymous
        record.publishedParagraphs = [
            .init(number: 1, item: "1", text: value(.publishedParagraph)),
            .init(number: 2, item: "1", text: "The Secretariat explained the plain case.", edited: true),
        ]
        for index in record.entries.indices {
            switch record.entries[index] {
            case .intervention(var intervention):
                intervention.sourceParagraph = 1
                record.entries[index] = .intervention(intervention)
            case .response(var response):
                response.sourceParagraph = 2
                record.entries[index] = .response(response)
            }
        }
        do {
            try store.importRecords([("pba-90.record", record)])
        } catch let failure as ImportFailure {
            throw RapporteurError.invalid(failure.diagnostics.map(\.message).joined(separator: "; "))
        }
    }
}
