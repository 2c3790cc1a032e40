import GRDB

/// The meeting a commitment is due at. A meeting already recorded is linked; one not
/// recorded yet ("the 2025 first session of the Executive Board") is kept as its body and
/// the numbers it will carry, and linked when that meeting is created.
enum CommitmentDueMeeting {
    /// Makes `commitment` due at the meeting with this handle, recorded or not; returns the
    /// meeting when it is recorded. A handle no body's numbering gives is refused.
    @discardableResult
    static func set(_ handle: String, on commitment: inout Commitment, db: Database) throws -> Meeting? {
        commitment.clearDue()
        commitment.dueKind = .meeting
        let wanted = Meeting.normalizedHandle(handle)
        if let meeting = try Meeting.all().filter(handle: wanted).fetchOne(db) {
            commitment.dueMeetingId = meeting.id
            return meeting
        }
        // The longest code first: "OEWG-H-1" is of OEWG-H, not of a body OEWG.
        let bodies = try Body.fetchAll(db).sorted { $0.code.count > $1.code.count }
        for body in bodies {
            guard let numbers = MeetingIdentity(of: body).numbers(ofHandle: wanted) else { continue }
            commitment.dueBodyId = body.id
            commitment.dueNumber = numbers.number
            commitment.dueSession = numbers.session
            commitment.dueYear = numbers.year
            return nil
        }
        // Neither recorded nor a handle a body gives: the message names the meetings there are.
        _ = try Meeting.find(db, handle: handle)
        return nil
    }

    /// The handle of the meeting a commitment is due at, recorded or not.
    static func handle(of commitment: Commitment, db: Database) throws -> String? {
        guard commitment.dueKind == .meeting else { return nil }
        if let id = commitment.dueMeetingId { return try Meeting.fetchOne(db, key: id)?.handle }
        guard let bodyId = commitment.dueBodyId, let body = try Body.fetchOne(db, key: bodyId) else { return nil }
        return MeetingIdentity(of: body).handle(
            number: commitment.dueNumber, session: commitment.dueSession, year: commitment.dueYear)
    }

    /// Links to `meeting`, just created, the commitments that were due at it before it was
    /// recorded. Run in the transaction that creates the meeting.
    @discardableResult
    static func resolve(_ meeting: Meeting, db: Database) throws -> Int {
        guard let body = try Body.fetchOne(db, key: meeting.bodyId) else { return 0 }
        let identity = MeetingIdentity(of: body)
        var linked = 0
        for var commitment in try Commitment.filter(Column("dueBodyId") == meeting.bodyId).fetchAll(db)
        where identity.handle(number: commitment.dueNumber, session: commitment.dueSession, year: commitment.dueYear)
            == meeting.handle
        {
            commitment.dueMeetingId = meeting.id
            commitment.dueBodyId = nil
            commitment.dueNumber = nil
            commitment.dueSession = nil
            commitment.dueYear = nil
            try commitment.update(db)
            linked += 1
        }
        return linked
    }
}
