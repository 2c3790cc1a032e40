import Foundation

/// Whether a programme budget implication recurs every year or is needed once.
public enum BudgetNature: String, Codable, Sendable, CaseIterable {
    case recurrent
    case oneTime

    /// Reads "recurrent", "(one-time)", "Non-recurrent", "One time"; nil otherwise.
    public init?(stated text: String) {
        let word = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "() ."))
            .replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " ", with: "-")
        switch word {
        case "recurrent", "recurring": self = .recurrent
        case "one-time", "onetime", "non-recurrent", "nonrecurrent", "one-off": self = .oneTime
        default: return nil
        }
    }

    public var words: String {
        switch self {
        case .recurrent: "recurrent"
        case .oneTime: "one-time"
        }
    }
}
