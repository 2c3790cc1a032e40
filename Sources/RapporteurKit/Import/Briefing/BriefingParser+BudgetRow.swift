import Foundation

extension BriefingParser {
    /// The rows a budget table may have, by the names documents give them.
    enum BudgetRow: String, CaseIterable {
        case post = "Post"
        case nonPost = "Non-post"
        case total = "Total"
        case existing = "Existing resources"
        case totalLessExisting = "Total less existing resources"

        init?(label: String) {
            let words = label.lowercased().replacingOccurrences(of: "–", with: "-")
                .replacingOccurrences(of: ":", with: "").trimmingCharacters(in: .whitespaces)
            switch words {
            case "post", "posts", "post resources", "post requirements": self = .post
            case "non-post", "non post", "nonpost", "non-post resources", "non-post requirements": self = .nonPost
            case "total", "total requirements", "total resources": self = .total
            case "existing resources", "existing", "less existing resources", "less existing": self = .existing
            case "total less existing", "total less existing resources", "additional requirements",
                "total additional requirements", "net requirements":
                self = .totalLessExisting
            default: return nil
            }
        }
    }
}
