import GRDB

extension AppStore {
    /// Plans a meeting and returns it; its handle is what users type from then on.
    @discardableResult
    public func planMeeting(_ plan: MeetingPlan) throws -> Meeting {
        if plan.endDate < plan.startDate {
            throw RapporteurError.invalid(
                "the meeting cannot end (\(plan.endDate.iso)) before it starts (\(plan.startDate.iso))")
        }
        if plan.startTime == nil, plan.endTime != nil {
            throw RapporteurError.invalid("\(field: .endTime) needs \(field: .startTime)")
        }
        if let start = plan.startTime, let end = plan.endTime, plan.startDate == plan.endDate, end <= start {
            throw RapporteurError.invalid("the end time \(end.hhmm) is not after the start time \(start.hhmm)")
        }
        let chair = RecordText.line(plan.chair).map(Honorific.split)
        let stamp = audit.now
        return try write { db in
            let body = try Body.find(db, code: plan.body)
            let numbering = try plan.numbering(for: body)
            if try Meeting.all().filter(handle: numbering.handle).fetchCount(db) > 0 {
                throw RapporteurError.failure(
                    "meeting \(numbering.handle) already exists; \(step: .showMeeting(numbering.handle))")
            }
            var meeting = Meeting(
                id: nil, bodyId: body.id!, handle: numbering.handle, number: numbering.number,
                session: numbering.session, year: numbering.year,
                startDate: plan.startDate, endDate: plan.endDate, startTime: plan.startTime, endTime: plan.endTime,
                timeZoneLabel: body.timeZoneLabel, timeZoneName: body.timeZoneName,
                venue: RecordText.line(plan.venue), modality: plan.modality,
                chairHonorific: chair?.honorific, chairName: chair?.name,
                chairFunction: RecordText.line(plan.chairFunction), chairDelegation: plan.chairDelegation,
                status: .planned, agendaStatus: .provisional, provisionalAgenda: nil, agendaAdoptedAt: nil,
                openedAt: nil, adjournedAt: nil)
            meeting.stampInsert(by: audit.user, at: stamp)
            try meeting.insert(db)
            // Commitments already due at this meeting before it was planned now point to it.
            try CommitmentDueMeeting.resolve(meeting, db: db)
            return meeting
        }
    }

    /// Changes what is recorded about a meeting; nil leaves a field as it is.
    @discardableResult
    public func updateMeeting(_ handle: String, change: MeetingChange) throws -> Meeting {
        if change.isEmpty {
            throw RapporteurError.invalid("nothing to change; \(step: .seeWhatCanChange(.meeting))")
        }
        let stamp = audit.now
        return try write { db in
            var meeting = try Meeting.find(db, handle: handle)
            if let venue = change.venue { meeting.venue = RecordText.line(venue) }
            if let modality = change.modality { meeting.modality = modality }
            if let chair = change.chair.map(RecordText.line) {
                let split = chair.map(Honorific.split) ?? (honorific: nil, name: "")
                meeting.chairHonorific = split.honorific
                meeting.chairName = split.name.isEmpty ? nil : split.name
            }
            if let function = change.chairFunction { meeting.chairFunction = RecordText.line(function) }
            if let opened = change.openedAt { meeting.openedAt = opened }
            if let adjourned = change.adjournedAt { meeting.adjournedAt = adjourned }
            if let status = change.status { meeting.status = status }
            if let opened = meeting.openedAt, let adjourned = meeting.adjournedAt,
                meeting.startDate == meeting.endDate, adjourned < opened
            {
                throw RapporteurError.invalid(
                    "the meeting cannot be adjourned (\(adjourned.hhmm)) before it was called to order (\(opened.hhmm))"
                )
            }
            meeting.stampUpdate(by: audit.user, at: stamp)
            try meeting.update(db)
            return meeting
        }
    }

    /// Meetings in date order, optionally of one body.
    public func meetings(body: String? = nil) throws -> [Meeting] {
        try read { db in
            // Read by column, not through Codable: this is most of `meeting list`'s work.
            var sql = "SELECT \(Meeting.columnList("m")) FROM meeting m"
            var arguments = StatementArguments()
            if let body {
                sql += " WHERE m.bodyId = ?"
                arguments += [(try Body.find(db, code: body)).id]
            }
            return try Array(
                Row.fetchCursor(db, sql: sql + " ORDER BY m.startDate, m.handle", arguments: arguments)
                    .map { try Meeting(columns: $0, at: 0) })
        }
    }

    /// The meeting with this handle ("PBA-56", "pba 56"); an unknown one suggests the nearest.
    public func meeting(_ handle: String) throws -> Meeting {
        try read { db in try Meeting.find(db, handle: handle) }
    }

    /// Everything `meeting show` prints about a meeting.
    public func overview(of handle: String) throws -> MeetingOverview {
        try read { db in
            let meeting = try Meeting.find(db, handle: handle)
            let body = try Body.fetchOne(db, key: meeting.bodyId)!
            return MeetingOverview(
                meeting: meeting, body: body, agenda: try meeting.agendaNodes(db),
                days: try MeetingDay.all(meetingId: meeting.id!, db: db))
        }
    }
}
