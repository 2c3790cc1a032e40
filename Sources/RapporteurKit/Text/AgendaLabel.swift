/// The label of an agenda item or sub-item: [2] is item 2, [2, 1] is 2(a),
/// [2, 1, 1] is 2(a)(i), [2, 3, 2, 1] is 2(c)(ii)(a).
///
/// Levels follow UN list practice: figures, then letters, then roman numerals, then
/// letters again, alternating from there.
public struct AgendaLabel: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1-based positions, the item number first.
    public let path: [Int]

    public init(path: [Int]) {
        precondition(!path.isEmpty, "An agenda label needs at least the item number")
        for (depth, position) in path.enumerated() {
            precondition(position >= 1, "Agenda positions start at 1, not \(position)")
            precondition(
                !AgendaLabel.usesLetters(depth: depth) || position <= 26,
                "Lettered sub-items run from a to z, so \(position) is too many")
        }
        self.path = path
    }

    /// 0 for an item, 1 for (a), 2 for (i), and so on.
    public var depth: Int { path.count - 1 }

    /// "2(a)(i)".
    public var display: String {
        path.enumerated().map { depth, position in
            let segment = AgendaLabel.segment(depth: depth, position: position)
            return depth == 0 ? segment : "(\(segment))"
        }.joined()
    }

    public var description: String { display }

    /// The label one level up: 2(a) for 2(a)(i); nil for a top-level item.
    public var parent: AgendaLabel? {
        path.count > 1 ? AgendaLabel(path: Array(path.dropLast())) : nil
    }

    /// The sub-item at `position` under this one: 2(a).child(3) is 2(a)(iii).
    public func child(_ position: Int) -> AgendaLabel {
        AgendaLabel(path: path + [position])
    }

    /// A segment as written inside a label: "2", "a", "i", "a" for depths 0 to 3.
    public static func segment(depth: Int, position: Int) -> String {
        precondition(depth >= 0 && position >= 1, "No agenda segment at depth \(depth), position \(position)")
        if depth == 0 { return String(position) }
        if usesLetters(depth: depth) { return letter(position) }
        return RomanNumeral.lowercase(position)
    }

    /// The marker of a numbered paragraph or list entry in a document, by level:
    /// "1.", "(a)", "(i)", "a.", "i.". Deeper levels repeat the last four.
    public static func listMarker(depth: Int, position: Int) -> String {
        precondition(depth >= 0 && position >= 1, "No list marker at depth \(depth), position \(position)")
        if depth == 0 { return "\(position)." }
        switch (depth - 1) % 4 {
        case 0: return "(\(letter(position)))"
        case 1: return "(\(RomanNumeral.lowercase(position)))"
        case 2: return "\(letter(position))."
        default: return "\(RomanNumeral.lowercase(position))."
        }
    }

    static let accepted = "write it as 2, 2a, 2(a) or 2(a)(i)"

    /// "2", "2a", "2A", "2(a)", "2 (a)", "2.a", "2(a)(i)", "2a(i)", "2.a.i", "2ai",
    /// "2(c)(ii)(a)", "2(a)(i)a", "2.a.i.a"; an "item" or "agenda item" before it is
    /// ignored. Depth decides how a letter reads: in "2i" it is the ninth sub-item,
    /// in "2ai" it is roman one.
    public static func parse(_ text: String) throws -> AgendaLabel {
        let trimmed = ASCIIText.collapsingWhitespace(text)
        guard let path = readPath(trimmed) else {
            throw TextError("'\(trimmed)' is not an agenda item label; \(accepted)")
        }
        return AgendaLabel(path: path)
    }

    public static func < (lhs: AgendaLabel, rhs: AgendaLabel) -> Bool {
        lhs.path.lexicographicallyPrecedes(rhs.path)
    }

    /// Depths 1, 3, 5, ... are lettered; 2, 4, ... are roman.
    static func usesLetters(depth: Int) -> Bool {
        depth % 2 == 1
    }

    static func letter(_ position: Int) -> String {
        precondition((1...26).contains(position), "Lettered sub-items run from a to z, not \(position)")
        return String(UnicodeScalar(UInt8(ascii: "a") + UInt8(position - 1)))
    }

    static func readPath(_ text: String) -> [Int]? {
        var rest = Substring(text.lowercased())
        for lead in ["agenda item ", "item "] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count)
            break
        }
        // Spaces may stand before a bracket or a letter ("2 (a)"), never inside a number ("2 1").
        let chars = Array(rest)
        for index in chars.indices.dropFirst().dropLast() where chars[index] == " " {
            if ASCIIText.isDigit(chars[index - 1]) && ASCIIText.isDigit(chars[index + 1]) { return nil }
        }
        rest = Substring(rest.filter { $0 != " " })
        let digits = rest.prefix(while: ASCIIText.isDigit)
        guard let item = Int(digits), item >= 1 else { return nil }
        rest = rest.dropFirst(digits.count)
        var path = [item]
        while !rest.isEmpty {
            let depth = path.count
            let closing: Character?
            if rest.first == "(" {
                rest.removeFirst()
                closing = ")"
            } else {
                if rest.first == "." { rest.removeFirst() }
                closing = nil
            }
            guard let position = readSegment(&rest, depth: depth, upTo: closing) else { return nil }
            if let closing {
                guard rest.first == closing else { return nil }
                rest.removeFirst()
            }
            path.append(position)
        }
        return path
    }

    /// Reads one letter, or the longest valid roman numeral, from the front of `rest`.
    /// Inside brackets the whole content up to ")" must be the segment.
    static func readSegment(_ rest: inout Substring, depth: Int, upTo closing: Character?) -> Int? {
        if usesLetters(depth: depth) {
            guard let c = rest.first, c >= "a" && c <= "z" else { return nil }
            rest.removeFirst()
            return Int(c.asciiValue! - UInt8(ascii: "a")) + 1
        }
        let romanRun = rest.prefix(while: { "ivxlcdm".contains($0) })
        if closing != nil {
            guard let value = RomanNumeral.parse(String(romanRun)) else { return nil }
            rest.removeFirst(romanRun.count)
            return value
        }
        // Unbracketed, as in "2aiia": take the longest prefix that is a numeral.
        for length in stride(from: romanRun.count, through: 1, by: -1) {
            if let value = RomanNumeral.parse(String(romanRun.prefix(length))) {
                rest.removeFirst(length)
                return value
            }
        }
        return nil
    }
}
