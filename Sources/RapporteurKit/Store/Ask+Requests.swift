import GRDB

extension Ask {
    /// The ask with this identifier ("Q5"); an unknown one points to where the asks are listed.
    static func find(_ db: Database, recordID id: RecordID) throws -> Ask {
        guard let found = try Ask.fetchOne(db, key: id.number) else {
            throw RapporteurError.invalid("no ask \(id); \(step: .listFollowUp)")
        }
        return found
    }

    /// The asks a user means by "Q5", or by "I7" for an intervention with one ask.
    static func findAll(_ db: Database, answering typed: String) throws -> [Ask] {
        let id = try RecordID.parse(typed, expecting: [.ask, .intervention])
        if id.kind == .ask { return [try Ask.find(db, recordID: id)] }
        let intervention = try Intervention.find(db, recordID: id)
        let asks = try Ask.filter(Column("interventionId") == intervention.id).order(Column("position")).fetchAll(db)
        switch asks.count {
        case 0:
            throw RapporteurError.invalid(
                "\(id) is \(intervention.kind.withArticle); only questions and requests carry asks to answer")
        case 1:
            return asks
        default:
            throw RapporteurError.invalid(
                "\(id) asks several things (\(asks.map(\.handle).joined(separator: ", "))); name the ones answered")
        }
    }
}
