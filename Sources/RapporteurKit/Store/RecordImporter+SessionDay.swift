import GRDB

/// One day of a session of several days, added to a meeting already recorded, or put in
/// place of the day it had: the other days are left exactly as they were.
extension RecordImporter {
    /// Stores `record`, which holds one day, as that day of the meeting `handle`.
    ///
    /// Keys are the meeting's own: a day replaced gives its keys, in order, to the new
    /// records of the day, and a day new (or a replaced day that has more records) takes
    /// keys after the highest the meeting has ever given, so that no other day's key
    /// changes. What other days and other meetings linked to the replaced day's asks (an
    /// answer, a supersession) is linked again to the ask that has the same key, with a
    /// warning to check it; a link whose ask is no longer there is reported and removed.
    func importDay(_ record: RecordFile, file: String, into handle: String, replace: Bool) throws {
        var meeting = try Meeting.find(db, handle: handle)
        let meetingId = meeting.id!
        let body = try Body.fetchOne(db, key: meeting.bodyId)!
        guard record.body.uppercased() == body.code.uppercased() else {
            throw RapporteurError.invalid(
                "the document is of a meeting of \(record.body), and \(meeting.handle) is a meeting of \(body.code); "
                    + "name a session of \(record.body)")
        }
        guard record.days.count == 1, let day = record.days.first else {
            throw RapporteurError.invalid(
                "the document gives no day of a session (a daily journal heads its text with its day and date, "
                    + "as \"Day 2 – Thursday, 5 December 2024\"); only a day's record goes into a session")
        }
        try checkDate(of: day, in: meeting)
        let days = try MeetingDay.all(meetingId: meetingId, db: db)
        if let sameDate = days.first(where: { $0.date == day.date && $0.number != day.number }) {
            throw RapporteurError.invalid(
                "\(meeting.handle) has day \(sameDate.number) on \(UNDate.long(day.date)) already; "
                    + "check the day's number in the document")
        }
        if let outOfOrder = days.first(where: {
            $0.number != day.number && ($0.number < day.number) != ($0.date < day.date)
        }) {
            throw RapporteurError.invalid(
                "day \(day.number) is dated \(UNDate.long(day.date)), and day \(outOfOrder.number) of "
                    + "\(meeting.handle) is \(UNDate.long(outOfOrder.date)); the days of a session follow their dates")
        }
        let replacing = days.contains { $0.number == day.number }
        if replacing, !replace {
            throw RapporteurError.invalid(
                "\(meeting.handle) has day \(day.number) already; \(field: .replace) replaces that day's record, and only that day's"
            )
        }
        guard try meetingHasNoRecordsWithoutADay(meetingId) else {
            throw RapporteurError.invalid(
                "\(meeting.handle) has records of no day (its record was made as one of a single day); "
                    + "a day goes only into a session whose records all have their day")
        }

        let oldKeys = try keysOfDay(day.number, meetingId: meetingId)
        var external = ExternalLinks()
        if replacing { external = try emptyDay(day.number, of: meeting) }
        var entry = ImportReport.Meeting(handle: meeting.handle, replaced: replacing)
        entry.day = day.number
        report.meetings.append(entry)
        let reportIndex = report.meetings.count - 1

        // The agenda: an item the day names that the session lacks is added when it is
        // the next item there; items recur across days and are the session's.
        var tree = try AgendaTree(meeting: meeting, db: db)
        var items: [String: Int64] = [:]
        for item in tree.items { items[tree.label(of: item).display] = item.id! }
        for item in record.agenda {
            _ = attempt(file, item.line) {
                let label = try RapporteurError.parsing { try AgendaLabel.parse(item.label) }
                guard items[label.display] == nil else { return }
                let parentId = try label.parent.map { parent -> Int64 in
                    guard let id = items[parent.display] else { throw missingItem(label, meeting: meeting) }
                    return id
                }
                guard label.path.last == tree.childCount(of: parentId) + 1 else {
                    throw missingItem(label, meeting: meeting)
                }
                items[label.display] = try insertItem(
                    item, parentId: parentId, position: label.path.last!, meetingId: meetingId, tree: &tree)
                report.meetings[reportIndex].items += 1
            }
        }
        func agendaItemId(_ typed: String) throws -> Int64? {
            let label = try RapporteurError.parsing { try AgendaLabel.parse(typed) }
            guard let id = items[label.display] else { throw missingItem(label, meeting: meeting) }
            return id
        }

        try MeetingDay.save(MeetingDay(number: day.number, date: day.date), meetingId: meetingId, db: db)
        var published: [PublishedParagraph] = []
        for paragraph in record.publishedParagraphs {
            _ = attempt(file, paragraph.line) {
                if !paragraph.item.isEmpty { _ = try agendaItemId(paragraph.item) }
                published.append(try Self.stored(paragraph, day: day.number))
            }
        }
        try PublishedSummary.saveDay(
            day.number, style: record.publishedStyle, paragraphs: published.sorted { $0.number < $1.number },
            meetingId: meetingId, db: db)

        let dayRecord = try DayKeys(
            reusing: oldKeys, after: try highestKeys(meetingId: meetingId)
        ).renumbered(record, day: day.number)
        let pending = try storeEntries(
            dayRecord, file: file, meetingId: meetingId, reportIndex: reportIndex,
            agendaItemId: agendaItemId,
            checkDay: { recordDay, name in
                guard recordDay == day.number else {
                    throw RapporteurError.invalid("\(name) is not of day \(day.number), the day being imported")
                }
            })
        linkAnswers(pending)
        try relink(external)
        let askKeys = Set(try RecordKeys.asks(meetingId: meetingId, db: db).values)
        for link in external.answers where askKeys.contains(link.askKey) {
            report.warnings.append(
                Diagnostic(
                    file: file, line: 0, .warning,
                    "R\(link.answer.responseId) answered \(link.meeting)/\(link.askKey) of day \(day.number), "
                        + "which was replaced; the link now goes to the new \(link.askKey): check that it is the same ask"
                ))
        }
        applyClosures(pending)

        // A record read from a summary makes the session's summary final, as for a meeting.
        if let rank = MeetingStatus.allCases.firstIndex(of: record.status),
            rank > MeetingStatus.allCases.firstIndex(of: meeting.status)!
        {
            meeting.status = record.status
        }
        meeting.stampUpdate(by: user, at: stamp)
        try meeting.update(db)
    }

    private func missingItem(_ label: AgendaLabel, meeting: Meeting) -> RapporteurError {
        RapporteurError.invalid(
            "agenda item \(label.display) is not on the agenda of \(meeting.handle), and is not the next item there; \(step: .addAgendaItems)"
        )
    }

    private func meetingHasNoRecordsWithoutADay(_ meetingId: Int64) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                SELECT NOT EXISTS (SELECT 1 FROM intervention WHERE meetingId = ?1 AND day IS NULL)
                   AND NOT EXISTS (SELECT 1 FROM response WHERE meetingId = ?1 AND day IS NULL)
                   AND NOT EXISTS (SELECT 1 FROM commitment WHERE meetingId = ?1 AND day IS NULL)
                """, arguments: [meetingId]) ?? true
    }

    /// The keys the day's records have, by letter, in the order of the record.
    private func keysOfDay(_ day: Int, meetingId: Int64) throws -> [Character: [String]] {
        let keys = try RecordKeys(meetingId: meetingId, db: db)
        func ids(_ sql: String) throws -> [Int64] { try Int64.fetchAll(db, sql: sql, arguments: [meetingId, day]) }
        let interventions = try ids("SELECT id FROM intervention WHERE meetingId = ? AND day = ? ORDER BY sequence")
        let asks = try ids(
            """
            SELECT a.id FROM ask a JOIN intervention i ON i.id = a.interventionId
            WHERE i.meetingId = ? AND i.day = ? ORDER BY i.sequence, a.position
            """)
        let responses = try ids("SELECT id FROM response WHERE meetingId = ? AND day = ? ORDER BY sequence")
        let commitments = try ids("SELECT id FROM commitment WHERE meetingId = ? AND day = ? ORDER BY id")
        return [
            "I": interventions.map { keys.interventions[$0]! }, "Q": asks.map { keys.asks[$0]! },
            "R": responses.map { keys.responses[$0]! }, "A": commitments.map { keys.commitments[$0]! },
        ]
    }

    /// The highest number of each letter the meeting has given, among its records and
    /// those removed (`recordKeyMark`).
    private func highestKeys(meetingId: Int64) throws -> [Character: Int] {
        let keys = try RecordKeys(meetingId: meetingId, db: db)
        var highest: [Character: Int] = [:]
        for (letter, values) in [
            ("I", keys.interventions.values), ("Q", keys.asks.values), ("R", keys.responses.values),
            ("A", keys.commitments.values),
        ] as [(Character, Dictionary<Int64, String>.Values)] {
            highest[letter] = values.compactMap { Int($0.dropFirst()) }.max() ?? 0
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT letter, highest FROM recordKeyMark WHERE meetingId = ?", arguments: [meetingId])
        {
            let letter = Character(row[0] as String)
            highest[letter] = max(highest[letter] ?? 0, row[1] as Int)
        }
        return highest
    }

    /// Takes the day's records out of the meeting and returns what other days and other
    /// meetings linked to its asks, to link again once the new day is in. A commitment
    /// of another day made from one of the day's records stops the replacement.
    private func emptyDay(_ day: Int, of meeting: Meeting) throws -> ExternalLinks {
        let meetingId = meeting.id!
        let crossing = try String.fetchAll(
            db,
            sql: """
                SELECT 'A' || c.id FROM commitment c
                LEFT JOIN response r ON r.id = c.responseId LEFT JOIN intervention i ON i.id = c.interventionId
                WHERE c.meetingId = ?1 AND ifnull(c.day, 0) != ?2 AND ?2 IN (r.day, i.day)
                ORDER BY c.id
                """, arguments: [meetingId, day])
        guard crossing.isEmpty else {
            throw RapporteurError.invalid(
                "\(crossing.joined(separator: ", ")) of another day of \(meeting.handle) came from a record of day \(day); \(step: .cancelOrRemoveCommitments)"
            )
        }
        let external = try linksInto(meeting: meeting, day: day)
        // Asks elsewhere that the day's responses answered get their status back from what remains.
        let answeredElsewhere = try Int64.fetchAll(
            db,
            sql: """
                SELECT DISTINCT w.askId FROM answer w JOIN response r ON r.id = w.responseId
                JOIN ask a ON a.id = w.askId JOIN intervention i ON i.id = a.interventionId
                WHERE r.meetingId = ?1 AND r.day = ?2 AND NOT (i.meetingId = ?1 AND ifnull(i.day, 0) = ?2)
                """, arguments: [meetingId, day])
        for table in ["commitment", "response", "intervention"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE meetingId = ? AND day = ?", arguments: [meetingId, day])
        }
        for askId in answeredElsewhere {
            try AppStore.refreshStatus(ofAsk: askId, user: user, stamp: stamp, db: db)
        }
        return external
    }
}
