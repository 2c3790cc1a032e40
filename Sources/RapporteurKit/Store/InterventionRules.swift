import GRDB

/// The checks an intervention's content passes whether it is added or edited, in one
/// place so that `intervention add` and `intervention edit` cannot drift apart.
enum InterventionRules {
    /// Asks go only with a question or a request.
    static func checkAsks(_ asks: [String], kind: InterventionKind) throws {
        if !asks.isEmpty, !kind.carriesAsks {
            throw RapporteurError.invalid(
                "\(kind.withArticle) carries no asks; \(field: .ask) goes with \(field: .kind, value: "question or request")"
            )
        }
    }

    /// A pledge's amount and currency, checked against the kind; nil for any other kind.
    static func pledge(kind: InterventionKind, amount: String?, currency: String?) throws -> (
        amount: String?, currency: String?
    ) {
        guard kind == .pledge else {
            if amount != nil || currency != nil {
                throw RapporteurError.invalid(
                    "\(field: .amount) and \(field: .currency) go with \(field: .kind, value: "pledge")",
                    field: amount != nil ? .amount : .currency)
            }
            return (nil, nil)
        }
        let cleanAmount = try amount.map(RecordText.amount)
        let cleanCurrency = try currency.map(RecordText.currency)
        if cleanAmount != nil, cleanCurrency == nil {
            throw RapporteurError.invalid("\(field: .amount) needs \(field: .currency) (USD, EUR, …)", field: .currency)
        }
        return (cleanAmount, cleanCurrency)
    }

    /// The speakers as typed, each party once in the order given; `named` needs a
    /// delegation to name.
    static func speakers(_ typed: [String], named: Bool, db: Database) throws -> [Party] {
        if typed.isEmpty {
            throw RapporteurError.invalid(
                "say who spoke with \(field: .speaker) (a State, a group, \"Member States\", \"Chair\" or \"Secretariat\")"
            )
        }
        var parties: [Party] = []
        for text in typed {
            let party = try Party.findOrInsert(db, typed: text)
            if !parties.contains(party) { parties.append(party) }
        }
        try checkNamed(named, parties: parties)
        return parties
    }

    static func checkNamed(_ named: Bool, parties: [Party]) throws {
        if named, !parties.contains(where: { $0.kind == .state || $0.kind == .group }) {
            throw RapporteurError.invalid(
                "\(field: .named) is for a delegation (a State or a group) that must be named")
        }
    }

    /// Writes the speakers of an intervention, replacing any it had.
    static func saveSpeakers(_ parties: [Party], of interventionId: Int64, db: Database) throws {
        try db.execute(sql: "DELETE FROM interventionSpeaker WHERE interventionId = ?", arguments: [interventionId])
        for (index, party) in parties.enumerated() {
            try db.execute(
                sql: "INSERT INTO interventionSpeaker (interventionId, partyId, position) VALUES (?, ?, ?)",
                arguments: [interventionId, party.id, index + 1])
        }
    }
}
