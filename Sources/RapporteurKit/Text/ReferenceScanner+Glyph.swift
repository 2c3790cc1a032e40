extension ReferenceScanner {
    /// One character of the text after normalization, with the range of the original
    /// text it stands for, so that phrases can be quoted exactly as written.
    struct Glyph {
        var character: Character
        var start: String.Index
        var end: String.Index

        static func glyphs(of text: String) -> [Glyph] {
            var glyphs: [Glyph] = []
            var index = text.startIndex
            while index < text.endIndex {
                let next = text.index(after: index)
                if let character = normalized(text[index]) {
                    glyphs.append(Glyph(character: character, start: index, end: next))
                }
                index = next
            }
            return unwrappingLinks(glyphs)
        }

        /// Every kind of space as " ", curly quotes as straight ones, dashes as "-";
        /// nil for invisible characters that only get in the way.
        static func normalized(_ c: Character) -> Character? {
            switch c {
            case "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{00AD}": return nil
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}": return "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": return "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": return "-"
            default: return c.isWhitespace ? " " : c
            }
        }

        /// "[2/1](#)" becomes "2/1": documents converted to markdown keep links whose
        /// text is the reference. The link's brackets and target stay inside the
        /// original range of its first and last characters.
        static func unwrappingLinks(_ glyphs: [Glyph]) -> [Glyph] {
            var result: [Glyph] = []
            var index = 0
            while index < glyphs.count {
                if glyphs[index].character == "[", let link = linkEnd(in: glyphs, openingAt: index) {
                    var label = Array(glyphs[(index + 1)..<link.closingBracket])
                    if !label.isEmpty {
                        label[0].start = glyphs[index].start
                        label[label.count - 1].end = glyphs[link.closingParenthesis].end
                        result += label
                    }
                    index = link.closingParenthesis + 1
                } else {
                    result.append(glyphs[index])
                    index += 1
                }
            }
            return result
        }

        /// The "]" and ")" of "[label](target)", with a short label and a target
        /// without spaces; nil when the "[" does not open such a link.
        static func linkEnd(in glyphs: [Glyph], openingAt open: Int) -> (closingBracket: Int, closingParenthesis: Int)?
        {
            var close = open + 1
            while close < glyphs.count, glyphs[close].character != "]" {
                if glyphs[close].character == "[" || close - open > 200 { return nil }
                close += 1
            }
            guard close + 1 < glyphs.count, glyphs[close + 1].character == "(" else { return nil }
            var end = close + 2
            while end < glyphs.count, end - close <= 500 {
                switch glyphs[end].character {
                case ")": return (close, end)
                case " ": return nil
                default: end += 1
                }
            }
            return nil
        }
    }
}
