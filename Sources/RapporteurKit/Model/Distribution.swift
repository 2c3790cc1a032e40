/// How widely a body's documents are distributed, as their mastheads say ("Distr.: General").
public enum Distribution: String, Codable, Sendable, CaseIterable {
    case general
    case limited
    case restricted

    /// "General", as the masthead writes it.
    public var words: String {
        switch self {
        case .general: "General"
        case .limited: "Limited"
        case .restricted: "Restricted"
        }
    }
}
