import GRDB

/// Meetings: created, or emptied for their new record, with what other meetings said of
/// them put back once every record is in.
extension RecordImporter {
    /// Creates the meeting, or empties an existing one for its new record; returns the
    /// answers other meetings gave to its asks, to link them again afterwards.
    func prepareMeeting(_ record: RecordFile) throws -> (Meeting, ExternalLinks) {
        if let definition = record.bodyDefinition {
            try AppStore.ensureBody(definition, user: user, stamp: stamp, db: db)
        }
        let body = try Body.find(db, code: record.body)
        var plan = MeetingPlan(
            body: body.code, number: record.number, session: record.session, year: record.year,
            startDate: record.startDate, endDate: record.endDate)
        plan.startTime = record.startTime
        plan.endTime = record.endTime
        let numbering = try plan.numbering(for: body)
        guard numbering.handle == record.handle else {
            throw RapporteurError.invalid(
                "meeting \(record.handle) does not match its numbering, which gives \(numbering.handle)")
        }
        var external = ExternalLinks()
        var meeting: Meeting
        if let existing = try Meeting.all().filter(handle: record.handle).fetchOne(db) {
            meeting = existing
            external = try linksInto(meeting: existing)
            try AppStore.emptyRecord(ofMeeting: existing.id!, user: user, stamp: stamp, db: db)
            meeting.stampUpdate(by: user, at: stamp)
        } else {
            meeting = Meeting(
                id: nil, bodyId: body.id!, handle: record.handle, number: numbering.number, session: numbering.session,
                year: numbering.year, startDate: record.startDate, endDate: record.endDate,
                timeZoneLabel: body.timeZoneLabel, timeZoneName: body.timeZoneName, modality: .inPerson,
                status: .planned, agendaStatus: .provisional)
            meeting.stampInsert(by: user, at: stamp)
        }
        meeting.startDate = record.startDate
        meeting.endDate = record.endDate
        meeting.startTime = record.startTime
        meeting.endTime = record.endTime
        meeting.openedAt = record.openedAt
        meeting.adjournedAt = record.adjournedAt
        if let label = record.timeZoneLabel { meeting.timeZoneLabel = label }
        if let name = record.timeZoneName { meeting.timeZoneName = name }
        meeting.venue = RecordText.line(record.venue)
        meeting.modality = record.modality
        let chair = RecordText.line(record.chair).map(Honorific.split)
        meeting.chairHonorific = chair?.honorific
        meeting.chairName = chair?.name
        meeting.chairFunction = RecordText.line(record.chairFunction)
        meeting.chairDelegation = try record.chairDelegation.map { try MemberState.find(db, typed: $0).name }
        meeting.openingTitle = RecordText.line(record.openingTitle)
        meeting.openingAnnotation = AgendaAnnotation.normalized(record.openingAnnotation.joined(separator: "\n\n"))
        if meeting.openingAnnotation == nil { meeting.openingTitle = nil }
        meeting.status = record.status
        // The agenda goes in afterwards; it is adopted once its items are there.
        meeting.agendaStatus = .provisional
        meeting.provisionalAgenda = nil
        meeting.agendaAdoptedAt = nil
        try meeting.save(db)
        // Commitments due at this meeting before it was recorded now point to it.
        try CommitmentDueMeeting.resolve(meeting, db: db)
        report.meetings.append(.init(handle: record.handle, replaced: meeting.updatedAt == stamp))
        return (meeting, external)
    }

    /// Opens, for now, asks superseded by asks of a record being replaced, and returns
    /// what is needed to close them again once the new record is in.
    func reopen(_ superseded: [Ask], meeting: String, keys: RecordKeys) throws -> [ExternalLinks.Supersession] {
        var supersessions: [ExternalLinks.Supersession] = []
        for var ask in superseded {
            supersessions.append(
                ExternalLinks.Supersession(
                    meeting: meeting, askKey: keys.asks[ask.supersededById!]!, supersededAsk: ask))
            ask.status = .open
            ask.supersededById = nil
            try ask.update(db)
        }
        return supersessions
    }

    /// Links again the answers other meetings gave to the asks of a replaced meeting;
    /// an ask that is no longer there is reported, not dropped silently.
    func relink(_ external: ExternalLinks) throws {
        for item in external.supersessions {
            let meeting = try Meeting.find(db, handle: item.meeting)
            let keys = try RecordKeys(meetingId: meeting.id!, db: db)
            var ask = item.supersededAsk
            guard let newer = keys.asks.first(where: { $0.value == item.askKey })?.key else {
                report.warnings.append(
                    Diagnostic(
                        file: item.meeting, line: 0, .warning,
                        "Q\(ask.id!) was superseded by \(item.meeting)/\(item.askKey), which the new record no longer has; it is open again"
                    ))
                continue
            }
            ask.status = .superseded
            ask.supersededById = newer
            try ask.update(db)
        }
        for item in external.answers {
            let meeting = try Meeting.find(db, handle: item.meeting)
            let keys = try RecordKeys(meetingId: meeting.id!, db: db)
            guard let askId = keys.asks.first(where: { $0.value == item.askKey })?.key,
                let response = try Response.fetchOne(db, key: item.answer.responseId)
            else {
                report.warnings.append(
                    Diagnostic(
                        file: item.meeting, line: 0, .warning,
                        "R\(item.answer.responseId) answered \(item.meeting)/\(item.askKey), which the new record no longer has; the answer link is removed"
                    ))
                continue
            }
            try AppStore.link(
                ask: try Ask.fetchOne(db, key: askId)!, to: response, extent: item.answer.extent,
                origin: item.answer.origin, confidence: item.answer.confidence, state: item.answer.state, user: user,
                stamp: stamp, db: db)
        }
    }
}
