import Foundation

/// The marker an agenda entry starts with: an item's number ("2."), a sub-item's letter
/// ("(a)", "a)") or a part's roman numeral ("(ii)"), and whether it is the one that
/// comes next after the entries before it.
struct AgendaMarker: Equatable {
    enum Kind: Equatable {
        case number(Int)
        /// Lowercase letters as written: "a", "ii"; which of a letter or a numeral it is
        /// depends on what comes before (`AgendaMarker.Position`).
        case letters(String)
    }

    var kind: Kind

    /// Where a list stands: its last item's number, the letter of its last sub-item, and
    /// the last part's numeral under that letter.
    struct Position: Equatable {
        var top: Int?
        var letter: Character?
        var roman: Int?

        /// The position after `marker`, when it is the entry that comes next here; nil
        /// when it is not (a number inside a title, a letter out of turn).
        func next(_ marker: AgendaMarker, atLineStart: Bool) -> Position? {
            switch marker.kind {
            case .number(let number):
                guard top.map({ number == $0 + 1 }) ?? (atLineStart || number == 1) else { return nil }
                return Position(top: number, letter: nil, roman: nil)
            case .letters(let written):
                // "(i)" under "(h)" is the ninth letter; under any other letter, a numeral.
                if let letter, let value = RomanNumeral.parse(written), !(written == "i" && letter == "h"),
                    value == (roman ?? 0) + 1
                {
                    return Position(top: top, letter: letter, roman: value)
                }
                guard written.count == 1, let first = written.first, first.isLetter else { return nil }
                guard first == Self.letter(after: letter) || (atLineStart && top == nil) else { return nil }
                return Position(top: top, letter: first, roman: nil)
            }
        }

        /// "a" first, then "b" after "a", and so on.
        private static func letter(after letter: Character?) -> Character? {
            guard let letter else { return "a" }
            return letter.asciiValue.map { Character(UnicodeScalar($0 + 1)) }
        }
    }

    /// "2." or "2)" for an item; "(a)", "a)", "(ii)" for the entries under it.
    static func parse(_ written: String) -> AgendaMarker? {
        let inner = written.trimmingCharacters(in: CharacterSet(charactersIn: "()."))
        if let number = Int(inner), (1...99).contains(number), written.last == "." || written.last == ")" {
            guard !written.hasPrefix("(") else { return nil }
            return AgendaMarker(kind: .number(number))
        }
        guard written.hasSuffix(")"), (1...4).contains(inner.count), inner.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return nil }
        return AgendaMarker(kind: .letters(inner))
    }
}
