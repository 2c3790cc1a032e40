/// Where a resolution's implementation stands.
public enum ImplementationStatus: String, Codable, Sendable, CaseIterable {
    case notStarted
    case underImplementation
    case implemented

    /// "Under implementation", as the tracker writes it.
    public var words: String {
        switch self {
        case .notStarted: return "Not started"
        case .underImplementation: return "Under implementation"
        case .implemented: return "Implemented"
        }
    }

    /// Reads the tracker's wording, case and spacing aside.
    public static func parse(_ text: String) -> ImplementationStatus? {
        let key = NameMatching.key(text)
        return allCases.first { NameMatching.key($0.words) == key }
    }
}
