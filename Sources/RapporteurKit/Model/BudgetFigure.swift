import Foundation

/// A figure of a budget table as the briefing writes it: an amount, "in kind" (a
/// contribution with no stated value), or a dash (stated as none). "In kind" and the
/// dash are kept as such, never turned into numbers; the arithmetic of `tracker check`
/// counts a dash as zero and cannot use an "in kind".
public enum BudgetFigure: Hashable, Sendable, CustomStringConvertible, Codable {
    case amount(BudgetAmount)
    case inKind
    case dash

    /// Reads an amount as `BudgetAmount` does, "in kind" and a dash alone, each with or
    /// without a dollar sign ("$550,663", "$ 1,081,700", "$in kind", "$-"), and a space as
    /// the thousands separator ("$286 533"). Nil for anything else.
    public init?(stated text: String) {
        var body = text.trimmingCharacters(in: .whitespaces)
        if body.hasPrefix("$") { body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces) }
        if body.lowercased() == "in kind" || body.lowercased() == "in-kind" {
            self = .inKind
            return
        }
        if ["-", "–", "—", "−"].contains(body) {
            self = .dash
            return
        }
        // "286 533": a space between groups of three digits separates thousands.
        if BudgetFigure.spacedThousands.wholeMatch(in: body) != nil {
            body = body.replacingOccurrences(of: " ", with: ",")
        }
        guard let amount = BudgetAmount(body) else { return nil }
        self = .amount(amount)
    }

    /// "286 533", "1 081 700.5".
    static let spacedThousands = TextPattern(#"[0-9]{1,3}( [0-9]{3})+(\.[0-9]+)?"#)

    /// What the arithmetic uses: the amount, zero for a dash, nil for "in kind".
    public var value: BudgetAmount? {
        switch self {
        case .amount(let amount): amount
        case .dash: .zero
        case .inKind: nil
        }
    }

    /// "550,663", "in kind" or "-": as stored, and as the dossier shows it.
    public var description: String {
        switch self {
        case .amount(let amount): amount.description
        case .inKind: "in kind"
        case .dash: "-"
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let figure = BudgetFigure(stated: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is no budget figure"))
        }
        self = figure
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
