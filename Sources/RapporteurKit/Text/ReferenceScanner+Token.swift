extension ReferenceScanner {
    /// A run of ASCII letters (a word), a run of digits (a number) or any other single
    /// character (a mark). Splitting letters from digits makes "OP3" read as "OP 3"
    /// while "COP29" and "WUF12" stay other words.
    struct Token {
        enum Kind { case word, number, mark }

        let kind: Kind
        /// Lowercased for words.
        let text: String
        /// As written (after normalization), for document symbols.
        let written: String
        let start: String.Index
        let end: String.Index
        let followsSpace: Bool

        static func tokens(of glyphs: [Glyph]) -> [Token] {
            var tokens: [Token] = []
            var index = 0
            var followsSpace = true
            while index < glyphs.count {
                let c = glyphs[index].character
                if c == " " {
                    followsSpace = true
                    index += 1
                    continue
                }
                var end = index + 1
                let kind: Kind
                if ASCIIText.isLetter(c) {
                    while end < glyphs.count, ASCIIText.isLetter(glyphs[end].character) { end += 1 }
                    kind = .word
                } else if ASCIIText.isDigit(c) {
                    while end < glyphs.count, ASCIIText.isDigit(glyphs[end].character) { end += 1 }
                    kind = .number
                } else {
                    kind = .mark
                }
                let written = String(glyphs[index..<end].map(\.character))
                tokens.append(
                    Token(
                        kind: kind, text: kind == .word ? written.lowercased() : written, written: written,
                        start: glyphs[index].start, end: glyphs[end - 1].end, followsSpace: followsSpace))
                followsSpace = false
                index = end
            }
            return tokens
        }
    }
}
