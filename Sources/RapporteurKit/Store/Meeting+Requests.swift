import GRDB

extension Meeting {
    /// The columns the requests below filter on, as GRDB's query interface names them.
    public enum Columns {
        public static let handle = Column("handle")
    }

    /// The meeting with this handle ("PBA-56", "pba 56"); an unknown one suggests the nearest.
    static func find(_ db: Database, handle: String) throws -> Meeting {
        let wanted = handle.trimmingCharacters(in: .whitespaces).uppercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "-")
        if let meeting = try Meeting.all().filter(handle: wanted).fetchOne(db) {
            return meeting
        }
        // OEWG-H has a hyphen in its code, so "OEWG H 1" folds to "OEWG-H-1" above too.
        let handles = try String.fetchAll(db, sql: "SELECT handle FROM meeting ORDER BY startDate")
        var message: Phrase = "no meeting \(handle)"
        if let nearest = NameMatching.nearest(to: wanted, among: handles, maxDistance: 2) {
            message.append(" (did you mean \(nearest)?)")
        } else if handles.isEmpty {
            message.append("; no meetings are recorded yet: \(step: .planMeeting)")
        } else {
            message.append("; \(step: .listMeetings)")
        }
        throw RapporteurError.invalid(message, field: .meeting, value: handle)
    }
}

extension DerivableRequest<Meeting> {
    /// The meeting with exactly this handle, as stored ("PBA-56").
    func filter(handle: String) -> Self {
        filter(Meeting.Columns.handle == handle)
    }
}
