@testable import RapporteurKit

/// Adds a body that the reference data does not hold, as the secretariat might, with the
/// house conventions of the Committee of Permanent Representatives.
func addBody(code: String, name: String, numbering: MeetingNumbering, to store: AppStore) throws {
    try store.write { db in
        var body = Body(
            id: nil, code: code, name: name, shortName: "the \(name)", parentBodyId: nil, establishedBy: nil,
            meetingNumbering: numbering, meetingNoun: numbering == .number ? "meeting" : "session",
            ordinalStyle: .words, timeStyle: .twelveHour, timeZoneLabel: "EAT", timeZoneName: "East Africa Time",
            attributionStyle: .named, secretariatWord: "secretariat", documentLeadDays: 14, symbolPrefix: "HSP/\(code)",
            createdBy: "test", createdAt: "2026-01-05T09:00:00Z")
        try body.insert(db)
    }
}
