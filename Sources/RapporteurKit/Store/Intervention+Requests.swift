import GRDB

extension Intervention {
    /// The intervention with this identifier ("I7"); an unknown one points to where they are listed.
    static func find(_ db: Database, recordID id: RecordID) throws -> Intervention {
        guard let found = try Intervention.fetchOne(db, key: id.number) else {
            throw RapporteurError.invalid("no intervention \(id); \(step: .listRecords(.intervention))")
        }
        return found
    }
}
