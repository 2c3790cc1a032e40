import GRDB

extension AppStore {
    /// Records a Secretariat response and the asks it answers, which may come from an
    /// earlier meeting of any body.
    @discardableResult
    public func recordResponse(_ entry: NewResponse) throws -> RecordedEntry {
        let text = try RecordText.clean(entry.text, field: "response's text")
        let stamp = audit.now
        return try write { db in
            let meeting = try Meeting.find(db, handle: entry.meeting)
            let item = try AgendaTree(meeting: meeting, db: db).item(try AgendaLabel.typed(entry.item))
            var answered: [(Ask, AnswerExtent)] = []
            for (typed, extent) in entry.answers.map({ ($0, AnswerExtent.full) })
                + entry.partialAnswers.map({ ($0, .partial) })
            {
                for ask in try Ask.findAll(db, answering: typed) {
                    if answered.contains(where: { $0.0.id == ask.id }) {
                        throw RapporteurError.invalid(
                            "\(ask.handle) is named twice; answer it once, in full or in part")
                    }
                    answered.append((ask, extent))
                }
            }
            let place = try Intervention.nextPlace(db, in: meeting)
            var response = Response(
                id: nil, meetingId: meeting.id!, agendaItemId: item.id!, sequence: place.sequence,
                unit: RecordText.line(entry.unit), text: text, sourceParagraph: entry.sourceParagraph, day: place.day)
            response.stampInsert(by: audit.user, at: stamp)
            try response.insert(db)
            for (ask, extent) in answered {
                try Self.link(ask: ask, to: response, extent: extent, user: audit.user, stamp: stamp, db: db)
            }
            // With no resolution of its own, a response concerns what the asks it answers concern.
            var fallback = try RecordReference.resolutionIds(db, ofAsks: answered.map { $0.0.id! })
            if fallback.isEmpty { fallback = try AgendaItem.resolutionIds(db, ofItem: item.id!) }
            let linker = try ReferenceLinker(
                explicit: entry.references, text: text, fallbackResolutions: fallback,
                db: db, user: audit.user, stamp: stamp)
            try linker.save(responseId: response.id, db: db)
            return RecordedEntry(identifiers: [response.handle], warnings: linker.warnings)
        }
    }

    /// Links an existing response to an ask after the fact.
    public func answer(_ askText: String, with responseText: String, extent: AnswerExtent) throws {
        let stamp = audit.now
        try write { db in
            let response = try Response.find(db, recordID: try RecordID.parse(responseText, expecting: [.response]))
            for ask in try Ask.findAll(db, answering: askText) {
                try Self.link(ask: ask, to: response, extent: extent, user: audit.user, stamp: stamp, db: db)
            }
        }
    }

    /// Removes a response and its answer links; the asks it answered go back to the
    /// status their other answers give them.
    public func removeResponse(_ typed: String) throws -> String {
        let id = try RecordID.parse(typed, expecting: [.response])
        let stamp = audit.now
        return try write { db in
            let response = try Response.find(db, recordID: id)
            try Self.ensureNoCommitments(from: id, db: db)
            let askIds = try Int64.fetchAll(
                db, sql: "SELECT askId FROM answer WHERE responseId = ?", arguments: [response.id])
            try response.delete(db)
            // The paragraph it was drawn from no longer says what the record says.
            try PublishedSummary.markEdited(
                paragraph: response.sourceParagraph, day: response.day, meetingId: response.meetingId, db: db)
            for askId in askIds {
                try Self.refreshStatus(ofAsk: askId, user: audit.user, stamp: stamp, db: db)
            }
            var report = "Removed \(id) (\(response.text.prefix(60))…)"
            if !askIds.isEmpty {
                report += "; \(askIds.map { "Q\($0)" }.joined(separator: ", ")) no longer answered by it"
            }
            return report
        }
    }
}
