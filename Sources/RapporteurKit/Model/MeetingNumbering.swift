/// How a body numbers its meetings, which decides the handle and the title.
public enum MeetingNumbering: String, Codable, Sendable, CaseIterable {
    /// PBA-56, "fifty-sixth meeting".
    case number
    /// EB-2024-2, "second session of 2024".
    case yearSession
    /// HA-2 or OEWG-H-1, "second session".
    case session
    /// OECPR-2021, "meeting of 2021".
    case year
}
