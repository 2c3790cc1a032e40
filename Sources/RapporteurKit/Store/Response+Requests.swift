import GRDB

extension Response {
    /// The response with this identifier ("R3"); an unknown one points to where they are listed.
    static func find(_ db: Database, recordID id: RecordID) throws -> Response {
        guard let found = try Response.fetchOne(db, key: id.number) else {
            throw RapporteurError.invalid("no response \(id); \(step: .listRecords(.response))")
        }
        return found
    }
}
