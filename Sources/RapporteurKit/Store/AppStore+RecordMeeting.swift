import GRDB

extension AppStore {
    /// The handle of the meeting whose record holds an intervention, response or
    /// commitment ("I7" → "PBA-56"), for checks that look at a whole meeting's record
    /// after one of its records changed.
    public func meetingHandle(ofRecord typed: String) throws -> String {
        let id = try RecordID.parse(typed, expecting: [.intervention, .response, .commitment])
        return try read { db in
            let meetingId: Int64
            switch id.kind {
            case .intervention: meetingId = try Self.intervention(id, db: db).meetingId
            case .response: meetingId = try Self.response(id, db: db).meetingId
            case .commitment: meetingId = try Self.commitment(id, db: db).meetingId
            case .ask: preconditionFailure("RecordID.parse expects no ask here")
            }
            return try Meeting.fetchOne(db, key: meetingId)!.handle
        }
    }
}
