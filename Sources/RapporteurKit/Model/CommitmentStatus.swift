/// Where a commitment stands.
public enum CommitmentStatus: String, Codable, Sendable, CaseIterable {
    case open
    case done
    case cancelled
}
