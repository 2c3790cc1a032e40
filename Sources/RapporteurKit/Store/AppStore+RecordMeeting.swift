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
            case .intervention: meetingId = try Intervention.find(db, recordID: id).meetingId
            case .response: meetingId = try Response.find(db, recordID: id).meetingId
            case .commitment: meetingId = try Commitment.find(db, recordID: id).meetingId
            case .ask: preconditionFailure("RecordID.parse expects no ask here")
            }
            return try Meeting.fetchOne(db, key: meetingId)!.handle
        }
    }
}
