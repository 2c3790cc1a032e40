import GRDB

extension AppStore {
    /// Records an intervention and its asks; prints as I7 and Q5, Q6.
    @discardableResult
    public func recordIntervention(_ entry: NewIntervention) throws -> RecordedEntry {
        let text = try RecordText.clean(entry.text, field: "intervention's text")
        let asks = try entry.asks.map { try RecordText.clean($0, field: "ask") }
        try InterventionRules.checkAsks(asks, kind: entry.kind)
        let (amount, currency) = try InterventionRules.pledge(
            kind: entry.kind, amount: entry.pledgeAmount,
            currency: entry.pledgeCurrency)
        let stamp = audit.now
        return try write { db in
            let meeting = try Meeting.find(db, handle: entry.meeting)
            let item = try AgendaTree(meeting: meeting, db: db).item(try AgendaLabel.typed(entry.item))
            let parties = try InterventionRules.speakers(entry.speakers, named: entry.named, db: db)
            let place = try Intervention.nextPlace(db, in: meeting)
            var intervention = Intervention(
                id: nil, meetingId: meeting.id!, agendaItemId: item.id!, sequence: place.sequence,
                kind: entry.kind, text: text, named: entry.named, pledgeAmount: amount, pledgeCurrency: currency,
                sourceParagraph: entry.sourceParagraph, day: place.day)
            intervention.stampInsert(by: audit.user, at: stamp)
            try intervention.insert(db)
            try InterventionRules.saveSpeakers(parties, of: intervention.id!, db: db)
            let linker = try ReferenceLinker(
                explicit: entry.references, text: ([text] + asks).joined(separator: " "),
                fallbackResolutions: try AgendaItem.resolutionIds(db, ofItem: item.id!), db: db, user: audit.user,
                stamp: stamp)
            try linker.save(interventionId: intervention.id, db: db)
            var identifiers = [intervention.handle]
            if entry.kind.carriesAsks {
                for (index, askText) in (asks.isEmpty ? [text] : asks).enumerated() {
                    var ask = Ask(
                        id: nil, interventionId: intervention.id!, position: index + 1, text: askText,
                        status: .open)
                    ask.stampInsert(by: audit.user, at: stamp)
                    try ask.insert(db)
                    identifiers.append(ask.handle)
                }
            }
            return RecordedEntry(identifiers: identifiers, warnings: linker.warnings)
        }
    }

    /// Removes an intervention with its asks and the answers to them, and says what went.
    /// An intervention that a commitment came from stays until the commitment goes.
    public func removeIntervention(_ typed: String) throws -> String {
        let id = try RecordID.parse(typed, expecting: [.intervention])
        return try write { db in
            let intervention = try Intervention.find(db, recordID: id)
            try Self.ensureNoCommitments(from: id, db: db)
            let asks = try Ask.filter(Column("interventionId") == intervention.id).order(Column("position")).fetchAll(
                db)
            let superseded = try Ask.filter(asks.map(\.id!).contains(Column("supersededById"))).fetchAll(db)
                .filter { $0.interventionId != intervention.id }
            if !superseded.isEmpty {
                throw RapporteurError.failure(
                    "\(superseded.map(\.handle).joined(separator: ", ")) "
                        + "\(superseded.count == 1 ? "is" : "are") superseded by an ask of \(id); remove "
                        + "\(superseded.count == 1 ? "it" : "them") first")
            }
            let answers = try Answer.filter(asks.map(\.id!).contains(Column("askId"))).fetchCount(db)
            // Asks and the answers to them go with the intervention (ON DELETE CASCADE);
            // no other ask depends on them now that supersessions are checked above.
            try intervention.delete(db)
            // The paragraph it was drawn from no longer says what the record says.
            try PublishedSummary.markEdited(
                paragraph: intervention.sourceParagraph, day: intervention.day, meetingId: intervention.meetingId,
                db: db)
            var report = "Removed \(id) (\(intervention.kind.rawValue): \(intervention.text.prefix(60))…)"
            if !asks.isEmpty { report += " with its asks \(asks.map(\.handle).joined(separator: ", "))" }
            if answers > 0 { report += " and \(CardinalWords.prose(answers)) answer link\(answers == 1 ? "" : "s")" }
            return report
        }
    }
}
