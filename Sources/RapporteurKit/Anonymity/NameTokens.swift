/// A text cut into words for name matching: runs of letters and digits, each with its
/// folded key (`NameMatching.key`: case, accents and apostrophes forgiven) and where it
/// stands. Apostrophes, hyphens, brackets and spaces all separate words, so "Côte
/// d’Ivoire", "Cote d'Ivoire" and "Guinea-Bissau" read the same however they are typed.
struct NameTokens {
    struct Token {
        let text: Substring
        let key: String
        /// Characters from the start of the text.
        let offset: Int
        /// The Character right before and right after the word, if any.
        let before: Character?
        let after: Character?

        var startsUppercase: Bool { text.first?.isUppercase ?? false }
        var isAllUppercaseLetters: Bool { text.count >= 2 && text.allSatisfy { $0.isLetter && $0.isUppercase } }
    }

    let tokens: [Token]

    init(_ text: String) {
        var tokens: [Token] = []
        var start: String.Index?
        var startOffset = 0
        var offset = 0
        var previous: Character?
        var beforeStart: Character?
        func close(at end: String.Index, next: Character?) {
            guard let begin = start else { return }
            let word = text[begin..<end]
            tokens.append(
                Token(
                    text: word, key: Self.key(word), offset: startOffset,
                    before: beforeStart, after: next))
            start = nil
        }
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if start == nil {
                    start = index
                    startOffset = offset
                    beforeStart = previous
                }
            } else {
                close(at: index, next: character)
            }
            previous = character
            offset += 1
            index = text.index(after: index)
        }
        close(at: text.endIndex, next: nil)
        self.tokens = tokens
    }

    /// `NameMatching.key` of one word; plain ASCII letters and digits, most words of
    /// most texts, only need lowering.
    static func key(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return NameMatching.key(String(word))
    }

    /// The keys of a name's words, without a leading "the" ("The Gambia" is "gambia").
    static func keys(ofName name: String) -> [String] {
        var keys = NameTokens(name).tokens.map(\.key)
        if keys.first == "the", keys.count > 1 { keys.removeFirst() }
        return keys
    }
}
