import GRDB

extension AppStore {
    /// A meeting's interventions in the order they were made, optionally of one item
    /// (with its sub-items).
    public func interventions(meeting handle: String, item: String? = nil) throws -> [InterventionView] {
        try read { db in
            let meeting = try Meeting.find(db, handle: handle)
            var request = Intervention.filter(Column("meetingId") == meeting.id)
            if let item {
                let tree = try AgendaTree(meeting: meeting, db: db)
                let chosen = try tree.item(try AgendaLabel.typed(item))
                let ids = [chosen.id!] + tree.descendants(of: chosen).map { $0.id! }
                request = request.filter(ids.contains(Column("agendaItemId")))
            }
            var reader = try RecordReader(db: db)
            return try reader.interventions(try request.order(Column("sequence")).fetchAll(db))
        }
    }

    public func responses(meeting handle: String) throws -> [ResponseView] {
        try read { db in
            let meeting = try Meeting.find(db, handle: handle)
            var reader = try RecordReader(db: db)
            return try reader.responses(
                try Response.filter(Column("meetingId") == meeting.id).order(Column("sequence")).fetchAll(db))
        }
    }

    /// Commitments made at a meeting, or all of them.
    public func commitments(meeting handle: String? = nil) throws -> [CommitmentView] {
        try read { db in
            var request = Commitment.all()
            if let handle { request = request.filter(Column("meetingId") == (try Meeting.find(db, handle: handle)).id) }
            var reader = try RecordReader(db: db)
            return try reader.commitments(try request.order(Column("id")).fetchAll(db))
        }
    }

    /// The follow-up list: asks not answered in full and commitments not done, across
    /// meetings and bodies, oldest meeting first.
    public func followUp(_ filter: FollowUpFilter) throws -> FollowUpList {
        try read { db in
            var conditions = ["m.startDate <= ?"]
            var arguments: [any DatabaseValueConvertible] = [filter.asOf.iso]
            if let handle = filter.meeting {
                conditions.append("m.id = ?")
                arguments.append(try Meeting.find(db, handle: handle).id!)
            }
            if let code = filter.body {
                conditions.append("m.bodyId = ?")
                arguments.append(try Body.find(db, code: code).id!)
            }
            let resolutionId = try filter.resolution.map { try Resolution.find(db, typed: $0).id! }
            let stateId = try filter.state.map { try MemberState.find(db, typed: $0).id! }

            var reader = try RecordReader(db: db)
            var asks: [FollowUpAsk] = []
            if !filter.overdueOnly {
                var askConditions = conditions + ["a.status IN ('open', 'partiallyAnswered')"]
                var askArguments = arguments
                if let resolutionId {
                    askConditions.append(
                        "EXISTS (SELECT 1 FROM recordReference x WHERE x.interventionId = i.id AND x.resolutionId = ?)")
                    askArguments.append(resolutionId)
                }
                if let stateId {
                    askConditions.append(
                        """
                        EXISTS (SELECT 1 FROM interventionSpeaker s JOIN party p ON p.id = s.partyId
                                WHERE s.interventionId = i.id AND p.stateId = ?)
                        """)
                    askArguments.append(stateId)
                }
                // Rows are read by column (ask id, then the intervention's columns) and through
                // a cursor, not decoded with Codable: a long list reads thousands.
                var found: [(askId: Int64, interventionId: Int64)] = []
                var interventions: [Intervention] = []  // each once, in the order of its first ask
                var seen: Set<Int64> = []
                let cursor = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT a.id, \(Intervention.columnList("i")) FROM ask a
                        JOIN intervention i ON i.id = a.interventionId JOIN meeting m ON m.id = i.meetingId
                        WHERE \(askConditions.joined(separator: " AND "))
                        ORDER BY m.startDate, m.handle, i.sequence, a.position
                        """, arguments: StatementArguments(askArguments))
                while let row = try cursor.next() {
                    let interventionId: Int64 = row[1]
                    found.append((row[0], interventionId))
                    if seen.insert(interventionId).inserted {
                        interventions.append(try Intervention(columns: row, at: 1))
                    }
                }
                let views = Dictionary(
                    uniqueKeysWithValues: try reader.interventions(interventions).map { ($0.id, $0) })
                for (askId, interventionId) in found {
                    let view = views["I\(interventionId)"]!
                    guard let ask = view.asks.first(where: { $0.id == "Q\(askId)" }) else { continue }
                    asks.append(
                        FollowUpAsk(
                            id: ask.id, intervention: view.id, meeting: view.meeting, body: view.body, date: view.date,
                            item: view.item, kind: view.kind, speakers: view.speakers,
                            speakerDetails: view.speakerDetails,
                            named: view.named, text: ask.text,
                            status: FollowUpStatus(status: ask.status, answers: ask.answers),
                            resolutions: view.resolutions, decisions: view.decisions, paragraphs: view.paragraphs,
                            sourceParagraph: view.sourceParagraph, ageDays: view.date.days(until: filter.asOf),
                            answers: ask.answers,
                            fromPublishedSummary: view.fromPublishedSummary))
                }
            }

            var commitmentConditions = conditions + ["c.status = 'open'"]
            var commitmentArguments = arguments
            if let resolutionId {
                commitmentConditions.append(
                    "EXISTS (SELECT 1 FROM recordReference x WHERE x.commitmentId = c.id AND x.resolutionId = ?)")
                commitmentArguments.append(resolutionId)
            }
            if let stateId {
                commitmentConditions.append(
                    """
                    (c.ownerStateId = ?
                     OR EXISTS (SELECT 1 FROM interventionSpeaker s JOIN party p ON p.id = s.partyId
                                WHERE s.interventionId = c.interventionId AND p.stateId = ?)
                     OR EXISTS (SELECT 1 FROM answer w JOIN ask q ON q.id = w.askId
                                JOIN interventionSpeaker s ON s.interventionId = q.interventionId
                                JOIN party p ON p.id = s.partyId
                                WHERE w.responseId = c.responseId AND w.state = 'confirmed' AND p.stateId = ?))
                    """)
                commitmentArguments += [stateId, stateId, stateId]
            }
            let commitments = try Array(
                Row.fetchCursor(
                    db,
                    sql: """
                        SELECT \(Commitment.columnList("c")) FROM commitment c JOIN meeting m ON m.id = c.meetingId
                        WHERE \(commitmentConditions.joined(separator: " AND "))
                        ORDER BY m.startDate, m.handle, c.id
                        """, arguments: StatementArguments(commitmentArguments)
                ).map { try Commitment(columns: $0, at: 0) })
            var views = try reader.commitments(commitments, asOf: filter.asOf)
            if filter.overdueOnly { views = views.filter { $0.overdue == true } }
            return FollowUpList(asOf: filter.asOf, asks: asks, commitments: views)
        }
    }

    /// What a meeting's summary is written from.
    public func recordSource(of handle: String) throws -> MeetingRecordSource {
        let overview = try overview(of: handle)
        return MeetingRecordSource(
            meeting: overview.meeting, body: overview.body, agenda: overview.agenda,
            interventions: try interventions(meeting: handle), responses: try responses(meeting: handle),
            resolutionTitles: try resolutionTitles(),
            resolutionDates: Dictionary(
                uniqueKeysWithValues: try resolutions().compactMap { resolution in
                    resolution.adoptedOn.map { (resolution.key.key, $0) }
                }),
            published: try read { db in try PublishedSummary.fetch(db, meetingId: overview.meeting.id!) },
            days: try read { db in try MeetingDay.all(meetingId: overview.meeting.id!, db: db) })
    }

    /// Every resolution's title, by key ("2/7").
    public func resolutionTitles() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try resolutions().map { ($0.key.key, $0.title) })
    }

    /// Every intervention, response and commitment about a resolution, meeting by
    /// meeting. A response given at another meeting to an ask about the resolution
    /// counts too, so a question and its later answer show in both meetings.
    public func history(of typed: String) throws -> ResolutionHistory {
        try read { db in
            let resolution = try Resolution.find(db, typed: typed)
            let interventions = try Intervention.fetchAll(
                db,
                sql: """
                    SELECT i.* FROM intervention i JOIN meeting m ON m.id = i.meetingId
                    WHERE EXISTS (SELECT 1 FROM recordReference x WHERE x.interventionId = i.id AND x.resolutionId = ?)
                    ORDER BY m.startDate, i.sequence
                    """, arguments: [resolution.id])
            let responses = try Response.fetchAll(
                db,
                sql: """
                    SELECT r.* FROM response r JOIN meeting m ON m.id = r.meetingId
                    WHERE EXISTS (SELECT 1 FROM recordReference x WHERE x.responseId = r.id AND x.resolutionId = ?)
                       OR EXISTS (SELECT 1 FROM answer w JOIN ask q ON q.id = w.askId
                                  JOIN recordReference x ON x.interventionId = q.interventionId
                                  WHERE w.responseId = r.id AND w.state = 'confirmed' AND x.resolutionId = ?)
                    ORDER BY m.startDate, r.sequence
                    """, arguments: [resolution.id, resolution.id])
            let commitments = try Commitment.fetchAll(
                db,
                sql: """
                    SELECT c.* FROM commitment c JOIN meeting m ON m.id = c.meetingId
                    WHERE EXISTS (SELECT 1 FROM recordReference x WHERE x.commitmentId = c.id AND x.resolutionId = ?)
                    ORDER BY m.startDate, c.id
                    """, arguments: [resolution.id])
            var reader = try RecordReader(db: db)
            let interventionViews = try reader.interventions(interventions)
            let responseViews = try reader.responses(responses)
            let commitmentViews = try reader.commitments(commitments)
            let meetingIds =
                (interventions.map(\.meetingId) + responses.map(\.meetingId) + commitments.map(\.meetingId))
            let meetings = try Meeting.filter(Set(meetingIds).contains(Column("id"))).order(
                Column("startDate"), Column("handle")
            ).fetchAll(db)
            let bodies = Dictionary(uniqueKeysWithValues: try Body.fetchAll(db).map { ($0.id!, $0) })
            return ResolutionHistory(
                resolution: resolution.key.key, symbol: resolution.symbol, title: resolution.title,
                meetings: meetings.map { meeting in
                    ResolutionHistory.MeetingRecord(
                        meeting: meeting.handle, body: bodies[meeting.bodyId]!.code,
                        title: meeting.title(in: bodies[meeting.bodyId]!), date: meeting.startDate,
                        interventions: interventionViews.filter { $0.meeting == meeting.handle },
                        responses: responseViews.filter { $0.meeting == meeting.handle },
                        commitments: commitmentViews.filter { $0.meeting == meeting.handle })
                })
        }
    }
}
