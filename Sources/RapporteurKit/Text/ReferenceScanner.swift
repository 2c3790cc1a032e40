/// Finds the resolutions, decisions, operative paragraphs and document symbols that a
/// piece of free text cites: "inquired whether … in line with resolution 2/7 and
/// decision 2024/3 (OP5, 6 and 7)".
///
/// Matching is case-insensitive and tolerates curly quotes, non-breaking spaces, line
/// breaks inside a phrase and markdown link leftovers ("[2/1](#)" reads as "2/1").
/// A number pair only counts when a word says what it is ("resolution 2/7",
/// "decision 2024/3"): a bare "2/7" may be a time, a date or a fraction.
public enum ReferenceScanner {
    public static func scan(_ text: String) -> DetectedReferences {
        let tokens = Token.tokens(of: Glyph.glyphs(of: text))
        let matcher = Matcher(tokens: tokens)
        var result = DetectedReferences()
        for match in matcher.matches() where !match.found.isEmpty {
            let first = tokens[match.tokens.lowerBound]
            let last = tokens[match.tokens.upperBound - 1]
            result.phrases.append(String(text[first.start..<last.end]))
            for reference in match.found {
                switch reference {
                case .resolution(let key): result.add(key)
                case .decision(let key): result.add(key)
                case .document(let symbol): result.add(symbol)
                case .paragraph(let paragraph): result.add(paragraph)
                }
            }
        }
        return result
    }
}
