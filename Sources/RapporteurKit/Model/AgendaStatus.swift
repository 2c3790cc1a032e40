/// Whether an agenda is still provisional or was adopted at the meeting.
public enum AgendaStatus: String, Codable, Sendable, CaseIterable {
    case provisional
    /// Adopted without any change.
    case adopted
    /// Adopted, with changes made at the meeting.
    case adoptedAsAmended

    public var isAdopted: Bool { self != .provisional }
}
