/// The short identifiers users type: I7 (intervention), Q5 (ask), R3 (response), A4 (commitment).
public struct RecordID: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Character, Sendable, CaseIterable {
        case intervention = "I"
        case ask = "Q"
        case response = "R"
        case commitment = "A"

        var noun: String {
            switch self {
            case .intervention: return "intervention"
            case .ask: return "ask"
            case .response: return "response"
            case .commitment: return "commitment"
            }
        }

        /// "an intervention (I…)".
        var described: String {
            let article = self == .intervention || self == .ask ? "an" : "a"
            return "\(article) \(noun) (\(rawValue)…)"
        }
    }

    public let kind: Kind
    public let number: Int64

    public init(kind: Kind, number: Int64) {
        self.kind = kind
        self.number = number
    }

    public var description: String { "\(kind.rawValue)\(number)" }

    /// Reads "Q5", "q5" or, where the kind is known from context, "5". `expected` lists
    /// the kinds that fit; a bare number is accepted only when exactly one fits.
    public static func parse(_ text: String, expecting expected: [Kind]) throws -> RecordID {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let examples = expected.map { "\($0.rawValue)5" }.joined(separator: " or ")
        if let number = Int64(trimmed), number > 0 {
            guard expected.count == 1 else {
                throw RapporteurError.invalid(
                    "'\(text)' could be more than one kind of record; write it with its letter, as \(examples)")
            }
            return RecordID(kind: expected[0], number: number)
        }
        guard let letter = trimmed.uppercased().first, let kind = Kind(rawValue: letter),
            let number = Int64(trimmed.dropFirst()), number > 0
        else {
            throw RapporteurError.invalid("'\(text)' is not a record identifier; write it as \(examples)")
        }
        guard expected.contains(kind) else {
            throw RapporteurError.invalid(
                "\(trimmed.uppercased()) is \(kind.described); this needs \(expected.map(\.described).joined(separator: " or "))"
            )
        }
        return RecordID(kind: kind, number: number)
    }
}
