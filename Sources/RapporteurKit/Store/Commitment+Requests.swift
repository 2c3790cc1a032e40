import GRDB

extension Commitment {
    /// The commitment with this identifier ("A4"); an unknown one points to where they are listed.
    static func find(_ db: Database, recordID id: RecordID) throws -> Commitment {
        guard let found = try Commitment.fetchOne(db, key: id.number) else {
            throw RapporteurError.invalid("no commitment \(id); \(step: .listFollowUp)")
        }
        return found
    }
}
