import Foundation

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

    /// Reads the tracker's wording ("Under implementation") or the stored name
    /// ("underImplementation"), case, spacing and hyphens aside.
    public static func parse(_ text: String) -> ImplementationStatus? {
        func squeezed(_ text: String) -> String {
            NameMatching.key(text).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
        }
        return allCases.first { squeezed($0.words) == squeezed(text) }
    }
}
