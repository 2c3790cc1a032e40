import GRDB

extension Ask {
    /// The ask with this identifier ("Q5"); an unknown one points to where the asks are listed.
    static func find(_ db: Database, recordID id: RecordID) throws -> Ask {
        guard let found = try Ask.fetchOne(db, key: id.number) else {
            throw RapporteurError.invalid("no ask \(id); \(step: .listFollowUp)")
        }
        return found
    }
}
