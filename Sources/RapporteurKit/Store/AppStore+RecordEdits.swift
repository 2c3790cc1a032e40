import GRDB

// Edits to the record in place, each one transaction, with the checks `add` makes
// (InterventionRules, setOwner, setDue, the agenda tree, RecordText). References are
// found again in the new text; those named with flags stay unless new ones are named.
extension AppStore {
    /// Changes an intervention: its text, kind, speakers, agenda item, naming or pledge.
    /// An ask that was the old text itself follows the new text. An intervention with
    /// asks stays a question or a request; one that becomes either gets its text as its ask.
    @discardableResult
    public func editIntervention(_ typed: String, change: InterventionChange) throws -> RecordedEntry {
        let id = try RecordID.parse(typed, expecting: [.intervention])
        if change.isEmpty {
            throw RapporteurError.invalid("nothing to change; \(step: .seeWhatCanChange(.intervention))")
        }
        let newText = try change.text.map { try RecordText.clean($0, field: "intervention's text") }
        let stamp = audit.now
        return try write { db in
            var intervention = try Intervention.find(db, recordID: id)
            let oldText = intervention.text
            let kind = change.kind ?? intervention.kind
            let asks = try Ask.filter(Column("interventionId") == intervention.id).order(Column("position")).fetchAll(
                db)
            if !kind.carriesAsks, !asks.isEmpty {
                // Its asks are tracked on their own (answers, follow-up lists); dropping them
                // quietly would lose them, so the kind stays and the user decides.
                throw RapporteurError.invalid(
                    """
                    \(id) carries \(asks.map(\.handle).joined(separator: ", ")), so it stays a question or a request, \
                    not \(kind.withArticle); to record it as \(kind.withArticle), \(step: .removeAndAddAnew(id))
                    """, field: .kind)
            }
            // A pledge's figures are kept while it stays a pledge, and go when it no longer is one.
            let keepsPledge = kind == .pledge && intervention.kind == .pledge
            let (amount, currency) = try InterventionRules.pledge(
                kind: kind, amount: change.pledgeAmount ?? (keepsPledge ? intervention.pledgeAmount : nil),
                currency: change.pledgeCurrency ?? (keepsPledge ? intervention.pledgeCurrency : nil))
            let meeting = try Meeting.fetchOne(db, key: intervention.meetingId)!
            if let item = change.item {
                intervention.agendaItemId = try AgendaTree(meeting: meeting, db: db).item(try AgendaLabel.typed(item))
                    .id!
            }
            let named = change.named ?? intervention.named
            if let speakers = change.speakers {
                let parties = try InterventionRules.speakers(speakers, named: named, db: db)
                try InterventionRules.saveSpeakers(parties, of: intervention.id!, db: db)
            } else if change.named == true {
                let parties = try Party.fetchAll(
                    db,
                    sql: """
                        SELECT p.* FROM interventionSpeaker s JOIN party p ON p.id = s.partyId WHERE s.interventionId = ?
                        """, arguments: [intervention.id])
                try InterventionRules.checkNamed(true, parties: parties)
            }
            intervention.kind = kind
            intervention.text = newText ?? intervention.text
            intervention.named = named
            intervention.pledgeAmount = amount
            intervention.pledgeCurrency = currency
            intervention.stampUpdate(by: audit.user, at: stamp)
            try intervention.update(db)
            try PublishedSummary.markEdited(
                paragraph: intervention.sourceParagraph, day: intervention.day, meetingId: intervention.meetingId,
                db: db)

            var identifiers = [intervention.handle]
            if kind.carriesAsks, asks.isEmpty {
                var ask = Ask(
                    id: nil, interventionId: intervention.id!, position: 1, text: intervention.text,
                    status: .open)
                ask.stampInsert(by: audit.user, at: stamp)
                try ask.insert(db)
                identifiers.append(ask.handle)
            }
            for var ask in asks where newText != nil && ask.text == oldText {
                ask.text = intervention.text
                ask.stampUpdate(by: audit.user, at: stamp)
                try ask.update(db)
            }
            let askTexts = try String.fetchAll(
                db, sql: "SELECT text FROM ask WHERE interventionId = ? ORDER BY position",
                arguments: [intervention.id])
            let kept =
                change.references == nil
                ? try ReferenceLinker.explicitLinks(interventionId: intervention.id, db: db) : []
            try ReferenceLinker.clear(interventionId: intervention.id, db: db)
            let linker = try ReferenceLinker(
                explicit: change.references ?? ExplicitReferences(),
                text: ([intervention.text] + askTexts).joined(separator: " "),
                fallbackResolutions: try AgendaItem.resolutionIds(db, ofItem: intervention.agendaItemId),
                db: db, user: audit.user, stamp: stamp, kept: kept)
            try linker.save(interventionId: intervention.id, db: db)
            return RecordedEntry(identifiers: identifiers, warnings: linker.warnings)
        }
    }

    /// Changes a response's text, agenda item or unit. The asks it answers stay; change
    /// those with `link add` and `link remove`.
    @discardableResult
    public func editResponse(_ typed: String, change: ResponseChange) throws -> RecordedEntry {
        let id = try RecordID.parse(typed, expecting: [.response])
        if change.isEmpty {
            throw RapporteurError.invalid("nothing to change; \(step: .seeWhatCanChange(.response))")
        }
        let newText = try change.text.map { try RecordText.clean($0, field: "response's text") }
        let stamp = audit.now
        return try write { db in
            var response = try Response.find(db, recordID: id)
            if let item = change.item {
                let meeting = try Meeting.fetchOne(db, key: response.meetingId)!
                response.agendaItemId = try AgendaTree(meeting: meeting, db: db).item(try AgendaLabel.typed(item)).id!
            }
            if let unit = change.unit { response.unit = RecordText.line(unit) }
            response.text = newText ?? response.text
            response.stampUpdate(by: audit.user, at: stamp)
            try response.update(db)
            try PublishedSummary.markEdited(
                paragraph: response.sourceParagraph, day: response.day, meetingId: response.meetingId, db: db)
            let askIds = try Int64.fetchAll(
                db, sql: "SELECT askId FROM answer WHERE responseId = ? ORDER BY askId",
                arguments: [response.id])
            // As when it was added: what the asks it answers concern, else what its item concerns.
            var fallback = try RecordReference.resolutionIds(db, ofAsks: askIds)
            if fallback.isEmpty { fallback = try AgendaItem.resolutionIds(db, ofItem: response.agendaItemId) }
            let kept =
                change.references == nil ? try ReferenceLinker.explicitLinks(responseId: response.id, db: db) : []
            try ReferenceLinker.clear(responseId: response.id, db: db)
            let linker = try ReferenceLinker(
                explicit: change.references ?? ExplicitReferences(), text: response.text,
                fallbackResolutions: fallback, db: db, user: audit.user, stamp: stamp,
                kept: kept)
            try linker.save(responseId: response.id, db: db)
            return RecordedEntry(identifiers: [response.handle], warnings: linker.warnings)
        }
    }

    /// Changes a commitment's text, owner or due date, under the rules of `action add`.
    @discardableResult
    public func editCommitment(_ typed: String, change: CommitmentChange) throws -> RecordedEntry {
        let id = try RecordID.parse(typed, expecting: [.commitment])
        if change.isEmpty {
            throw RapporteurError.invalid("nothing to change; \(step: .seeWhatCanChange(.commitment))")
        }
        let newText = try change.text.map { try RecordText.clean($0, field: "commitment's text") }
        let stamp = audit.now
        return try write { db in
            var commitment = try Commitment.find(db, recordID: id)
            let meeting = try Meeting.fetchOne(db, key: commitment.meetingId)!
            if let owner = change.owner {
                guard !owner.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw RapporteurError.invalid(
                        "\(field: .owner) needs a value: Secretariat, \"Secretariat: <unit>\" or a Member State",
                        value: owner, allowed: Self.owners)
                }
                try Self.setOwner(owner, of: &commitment, db: db)
            }
            if let due = change.due { try Self.setDue(due, of: &commitment, madeAt: meeting, db: db) }
            commitment.text = newText ?? commitment.text
            commitment.stampUpdate(by: audit.user, at: stamp)
            try commitment.update(db)
            var fallback: [Int64] = []
            if let origin = commitment.responseId.map({ RecordID(kind: .response, number: $0) })
                ?? commitment.interventionId.map({ RecordID(kind: .intervention, number: $0) })
            {
                fallback = try RecordReference.resolutionIds(db, of: origin)
            }
            let kept =
                change.references == nil ? try ReferenceLinker.explicitLinks(commitmentId: commitment.id, db: db) : []
            try ReferenceLinker.clear(commitmentId: commitment.id, db: db)
            let linker = try ReferenceLinker(
                explicit: change.references ?? ExplicitReferences(), text: commitment.text,
                fallbackResolutions: fallback, db: db, user: audit.user, stamp: stamp,
                kept: kept)
            try linker.save(commitmentId: commitment.id, db: db)
            return RecordedEntry(identifiers: [commitment.handle], warnings: linker.warnings)
        }
    }
}
