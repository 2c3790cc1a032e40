import Foundation

/// A sentence for a user in which fields and next steps stay typed, so that whoever
/// shows it words them: `plain` in the library's words ("the owner must be …"), the
/// command line as its flags and commands ("--owner must be …").
///
/// Written as a string literal: `"\(field: .owner) must be …, not '\(typed)'"`,
/// `"no meeting \(handle); \(step: .listMeetings)"`.
public struct Phrase: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    public enum Part: Sendable, Equatable {
        case words(String)
        case field(InputField)
        /// A field with the value given for it ("--kind pledge").
        case fieldValue(InputField, String)
        case step(NextStep)
    }

    /// Adjacent words are kept as one part, so that two phrases of the same words are equal.
    public private(set) var parts: [Part] = []

    /// Text taken as it is.
    public init(_ text: String) {
        appendPart(.words(text))
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: Interpolation) {
        parts = stringInterpolation.phrase.parts
    }

    public struct Interpolation: StringInterpolationProtocol {
        var phrase = Phrase()

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { phrase.appendPart(.words(literal)) }
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            phrase.appendPart(.words(value.description))
        }
        public mutating func appendInterpolation(_ other: Phrase) { phrase.append(other) }
        public mutating func appendInterpolation(field: InputField) { phrase.appendPart(.field(field)) }
        public mutating func appendInterpolation(field: InputField, value: String) {
            phrase.appendPart(.fieldValue(field, value))
        }
        public mutating func appendInterpolation(step: NextStep) { phrase.appendPart(.step(step)) }
    }

    private init() {}

    private mutating func appendPart(_ part: Part) {
        if case .words(let text) = part {
            guard !text.isEmpty else { return }
            if case .words(let before)? = parts.last {
                parts[parts.count - 1] = .words(before + text)
                return
            }
        }
        parts.append(part)
    }

    /// Adds `other` at the end. (A method rather than `+`, which would give every
    /// concatenation of string literals a second meaning to weigh.)
    public mutating func append(_ other: Phrase) {
        for part in other.parts { appendPart(part) }
    }

    /// The sentence with `target` replaced by `replacement` in its words, its fields and steps kept.
    public func replacingWords(_ target: String, with replacement: String) -> Phrase {
        var replaced = Phrase()
        for part in parts {
            if case .words(let text) = part {
                replaced.appendPart(.words(text.replacingOccurrences(of: target, with: replacement)))
            } else {
                replaced.appendPart(part)
            }
        }
        return replaced
    }

    /// The fields the sentence names, in order.
    public var fields: [InputField] {
        parts.compactMap {
            switch $0 {
            case .field(let field), .fieldValue(let field, _): field
            default: nil
            }
        }
    }

    /// The next steps the sentence suggests, in order.
    public var steps: [NextStep] {
        parts.compactMap { if case .step(let step) = $0 { step } else { nil } }
    }

    /// The sentence with each field and step worded by the caller.
    public func worded(
        field: (InputField) -> String, fieldValue: (InputField, String) -> String,
        step: (NextStep) -> String
    ) -> String {
        parts.map {
            switch $0 {
            case .words(let text): text
            case .field(let name): field(name)
            case .fieldValue(let name, let value): fieldValue(name, value)
            case .step(let next): step(next)
            }
        }.joined()
    }

    /// The sentence in the library's words.
    public var plain: String {
        worded(field: \.words, fieldValue: { "\($0.words) '\($1)'" }, step: \.words)
    }

    public var description: String { plain }
}
