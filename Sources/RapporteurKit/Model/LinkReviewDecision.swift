import Foundation

/// What an officer decides about a proposed answer link during `link review`.
public enum LinkReviewDecision: Sendable, Equatable {
    /// It answers the ask as proposed (in full, or in part when so proposed).
    case confirm
    /// It answers the ask in full, whatever was proposed.
    case confirmFull
    /// It answers the ask, but only in part.
    case confirmPartial
    /// It does not answer the ask: the link is removed.
    case reject
    /// Decide later: the link stays proposed.
    case skip
    /// End the review; what was decided is kept.
    case quit

    /// The key typed at the prompt: c, f, p, r, s or q (the whole word too), any case; nil
    /// for anything else, an empty line included, so that a stray Enter decides nothing.
    public init?(key: String) {
        switch key.trimmingCharacters(in: .whitespaces).lowercased() {
        case "c", "confirm", "y", "yes": self = .confirm
        case "f", "full": self = .confirmFull
        case "p", "partial": self = .confirmPartial
        case "r", "reject", "n", "no": self = .reject
        case "s", "skip": self = .skip
        case "q", "quit": self = .quit
        default: return nil
        }
    }

    public static let prompt = "[c]onfirm as proposed, confirm in [f]ull, in [p]art, [r]eject, [s]kip, [q]uit? "
}
