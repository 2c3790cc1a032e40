/// The numbers a meeting keeps, as its body numbers meetings, and the handle they give.
public struct MeetingNumbers: Hashable, Sendable {
    /// What users type for the meeting: PBA-56, EB-2024-2, HA-2, OECPR-2021.
    public var handle: String
    /// The meeting number, for a body that numbers meetings one by one (PBA).
    public var number: Int?
    /// The session number, alone (HA) or within a year (EB).
    public var session: Int?
    /// The year, for a body that numbers by year (EB, OECPR).
    public var year: Int?

    public init(handle: String, number: Int? = nil, session: Int? = nil, year: Int? = nil) {
        self.handle = handle
        self.number = number
        self.session = session
        self.year = year
    }
}
