import GRDB

extension AppStore {
    /// Records a commitment made at a meeting; prints as A4.
    @discardableResult
    public func recordCommitment(_ entry: NewCommitment) throws -> RecordedEntry {
        let text = try RecordText.clean(entry.text, field: "commitment's text")
        let stamp = audit.now
        return try write { db in
            let meeting = try Meeting.find(db, handle: entry.meeting)
            var commitment = Commitment(
                id: nil, meetingId: meeting.id!, text: text, ownerKind: .secretariat, dueKind: .none,
                status: .open, sourceParagraph: entry.sourceParagraph)
            commitment.stampInsert(by: audit.user, at: stamp)
            var fallback: [Int64] = []
            if let origin = entry.origin {
                let id = try RecordID.parse(origin, expecting: [.response, .intervention])
                let originMeeting: Int64
                if id.kind == .response {
                    let response = try Response.find(db, recordID: id)
                    commitment.responseId = response.id
                    commitment.day = response.day
                    originMeeting = response.meetingId
                } else {
                    let intervention = try Intervention.find(db, recordID: id)
                    commitment.interventionId = intervention.id
                    commitment.day = intervention.day
                    originMeeting = intervention.meetingId
                }
                fallback = try RecordReference.resolutionIds(db, of: id)
                if originMeeting != meeting.id {
                    let handle = try Meeting.fetchOne(db, key: originMeeting)?.handle ?? "another meeting"
                    throw RapporteurError.invalid("\(id) was recorded at \(handle), not \(meeting.handle)")
                }
            }
            // In a session of several days, one made from no record falls on its last day.
            if commitment.day == nil, entry.origin == nil {
                commitment.day = try Intervention.nextPlace(db, in: meeting).day
            }
            try Self.setOwner(entry.owner, of: &commitment, db: db)
            try Self.setDue(entry.due, of: &commitment, madeAt: meeting, db: db)
            try commitment.insert(db)
            let linker = try ReferenceLinker(
                explicit: entry.references, text: text, fallbackResolutions: fallback,
                db: db, user: audit.user, stamp: stamp)
            try linker.save(commitmentId: commitment.id, db: db)
            return RecordedEntry(identifiers: [commitment.handle], warnings: linker.warnings)
        }
    }

    /// When a commitment made at `meeting` is due: a date or a meeting no earlier than it.
    static func setDue(
        _ due: NewCommitment.Due, of commitment: inout Commitment, madeAt meeting: Meeting,
        db: Database
    ) throws {
        commitment.clearDue()
        switch due {
        case .none:
            break
        case .uponRequest:
            commitment.dueKind = .uponRequest
        case .asEarlyAsPossible:
            commitment.dueKind = .asEarlyAsPossible
        case .date(let date):
            guard date >= meeting.startDate else {
                throw RapporteurError.invalid(
                    "the due date \(date.iso) is before \(meeting.handle) "
                        + "(\(UNDate.long(meeting.startDate))), where the commitment was made")
            }
            commitment.dueKind = .date
            commitment.dueDate = date
        case .meeting(let handle):
            // A meeting not recorded yet is kept as a reference and linked when it is created.
            guard let due = try CommitmentDueMeeting.set(handle, on: &commitment, db: db) else {
                if let year = commitment.dueYear, year < meeting.startDate.year {
                    throw RapporteurError.invalid(
                        "\(handle.uppercased()) is of \(year), before \(meeting.handle), where the commitment was made")
                }
                return
            }
            guard due.startDate >= meeting.startDate, due.id != meeting.id else {
                throw RapporteurError.invalid(
                    "\(due.handle) (\(UNDate.long(due.startDate))) is not after "
                        + "\(meeting.handle), where the commitment was made")
            }
        }
    }

    /// What a commitment's owner may be, in words.
    static let owners = "the Secretariat, \"Secretariat: <unit>\" or a Member State"

    /// Who owns a commitment: the Secretariat, one of its units, or a Member State.
    static func setOwner(_ typed: String?, of commitment: inout Commitment, db: Database) throws {
        guard let typed, !typed.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        let party = try Party.findOrInsert(db, typed: typed)
        commitment.ownerName = nil
        commitment.ownerStateId = nil
        switch party.kind {
        case .secretariat where party.name.isEmpty:
            commitment.ownerKind = .secretariat
        case .secretariat:
            commitment.ownerKind = .unit
            commitment.ownerName = party.name
        case .state:
            commitment.ownerKind = .state
            commitment.ownerStateId = party.stateId
        default:
            throw RapporteurError.invalid(
                "\(field: .owner) must be the Secretariat, \"Secretariat: <unit>\" or a Member State, not '\(typed)'",
                value: typed, allowed: Self.owners)
        }
    }

    /// Marks a commitment done, at a meeting or on a date, with a note on how.
    @discardableResult
    public func completeCommitment(
        _ typed: String, atMeeting handle: String? = nil, on date: CalendarDate? = nil,
        note: String? = nil
    ) throws -> Commitment {
        try close(typed, as: .done, note: note) { commitment, id, db in
            let made = try Meeting.fetchOne(db, key: commitment.meetingId)!
            if let handle {
                let meeting = try Meeting.find(db, handle: handle)
                guard meeting.startDate >= made.startDate else {
                    throw RapporteurError.invalid("\(meeting.handle) comes before \(made.handle), where \(id) was made")
                }
                commitment.doneMeetingId = meeting.id
                commitment.doneOn = date ?? meeting.startDate
            } else {
                let day = date ?? CalendarDate.today()
                guard day >= made.startDate else {
                    throw RapporteurError.invalid("\(day.iso) is before \(made.handle), where \(id) was made")
                }
                commitment.doneOn = day
            }
        }
    }

    /// Cancels a commitment that will not be carried out; the note says why.
    @discardableResult
    public func cancelCommitment(_ typed: String, note: String?) throws -> Commitment {
        try close(typed, as: .cancelled, note: note) { _, _, _ in }
    }

    /// Moves an open commitment to `status` in one transaction; `details` fills in the rest.
    private func close(
        _ typed: String, as status: CommitmentStatus, note: String?,
        details: (inout Commitment, RecordID, Database) throws -> Void
    ) throws -> Commitment {
        let id = try RecordID.parse(typed, expecting: [.commitment])
        let stamp = audit.now
        return try write { db in
            var commitment = try Commitment.find(db, recordID: id)
            guard commitment.status == .open else {
                throw RapporteurError.failure("\(id) is already \(commitment.status.rawValue)")
            }
            try details(&commitment, id, db)
            commitment.status = status
            commitment.statusNote = RecordText.line(note)
            commitment.stampUpdate(by: audit.user, at: stamp)
            try commitment.update(db)
            return commitment
        }
    }

    /// Refuses to remove a record that commitments came from: they would lose their origin.
    static func ensureNoCommitments(from id: RecordID, db: Database) throws {
        let column = id.kind == .response ? "responseId" : "interventionId"
        let commitments = try Commitment.filter(Column(column) == id.number).fetchAll(db)
        guard commitments.isEmpty else {
            throw RapporteurError.failure(
                "\(id) is the origin of \(commitments.map(\.handle).joined(separator: ", ")); \(step: .cancelOrRemoveCommitments)"
            )
        }
    }
}
