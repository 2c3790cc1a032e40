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

    enum Reference {
        case resolution(ResolutionKey)
        case decision(DecisionKey)
        case document(DocumentSymbol)
        case paragraph(OperativeParagraph)
    }

    /// One phrase: the references it names and the tokens it spans. A phrase with no
    /// references (a General Assembly resolution) is consumed but not reported.
    struct Match {
        var found: [Reference]
        var tokens: Range<Int>
    }

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
        static func linkEnd(in glyphs: [Glyph], openingAt open: Int) -> (closingBracket: Int, closingParenthesis: Int)? {
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
                tokens.append(Token(
                    kind: kind, text: kind == .word ? written.lowercased() : written, written: written,
                    start: glyphs[index].start, end: glyphs[end - 1].end, followsSpace: followsSpace))
                followsSpace = false
                index = end
            }
            return tokens
        }
    }

    /// Reads the token list left to right, trying the paragraph forms before the
    /// resolution and decision forms so that "paragraph 8 of resolution 2/2" is one phrase.
    struct Matcher {
        let tokens: [Token]
        /// Document symbols by their first token.
        let documents: [Int: Match]
        let isInDocument: [Bool]

        init(tokens: [Token]) {
            self.tokens = tokens
            var documents: [Int: Match] = [:]
            var isInDocument = Array(repeating: false, count: tokens.count)
            for match in Matcher.documentMatches(in: tokens) {
                documents[match.tokens.lowerBound] = match
                for index in match.tokens { isInDocument[index] = true }
            }
            self.documents = documents
            self.isInDocument = isInDocument
        }

        func matches() -> [Match] {
            var matches: [Match] = []
            var index = 0
            while index < tokens.count {
                if var match = documents[index] ?? paragraphMatch(at: index) ?? shorthandMatch(at: index)
                    ?? resolutionMatch(at: index) ?? decisionMatch(at: index) {
                    // A body named before the keyword may already end the previous phrase
                    // ("decision 2024/3 of the Assembly resolution 2/7"): phrases never overlap.
                    let previousEnd = matches.last?.tokens.upperBound ?? 0
                    match.tokens = max(match.tokens.lowerBound, previousEnd)..<match.tokens.upperBound
                    matches.append(match)
                    index = max(match.tokens.upperBound, index + 1)
                } else {
                    index += 1
                }
            }
            return matches
        }

        // MARK: Document symbols

        static let documentPrefixes: Set<String> = ["hsp", "a", "e", "s", "unep", "ece"]

        /// Symbols are read from each chunk of text between spaces, commas and semicolons,
        /// without the punctuation around it ("(HSP/EB.2024/4)." is HSP/EB.2024/4).
        /// A "*" at the end marks a reissue.
        static func documentMatches(in tokens: [Token]) -> [Match] {
            func endsChunk(_ index: Int) -> Bool {
                tokens[index].followsSpace || [",", ";"].contains(tokens[index].text)
            }
            var matches: [Match] = []
            var chunkStart = 0
            while chunkStart < tokens.count {
                var chunkEnd = chunkStart + 1
                while chunkEnd < tokens.count, !endsChunk(chunkEnd) { chunkEnd += 1 }
                if let match = documentMatch(in: tokens, chunk: chunkStart..<chunkEnd) { matches.append(match) }
                chunkStart = chunkEnd
            }
            return matches
        }

        static func documentMatch(in tokens: [Token], chunk: Range<Int>) -> Match? {
            let whole = tokens[chunk].map(\.text).joined()
            guard !whole.contains("://"), !whole.contains("www.") else { return nil }
            var start = chunk.lowerBound
            var end = chunk.upperBound
            while start < end, tokens[start].kind == .mark { start += 1 }
            while end > start, tokens[end - 1].kind == .mark, tokens[end - 1].text != "*" { end -= 1 }
            guard end - start >= 5, documentPrefixes.contains(tokens[start].text), tokens[start + 1].text == "/",
                  tokens[start..<end].filter({ $0.text == "/" }).count >= 2,
                  tokens[start..<end].contains(where: { $0.kind == .number }),
                  let symbol = try? DocumentSymbol.parse(tokens[start..<end].map(\.written).joined())
            else { return nil }
            let found: Reference = symbol.resolutionKey.map { .resolution($0) } ?? .document(symbol)
            return Match(found: [found], tokens: start..<end)
        }

        // MARK: Resolutions and decisions

        static let resolutionWords: Set<String> = ["resolution", "resolutions", "res"]
        static let decisionWords: Set<String> = ["decision", "decisions", "dec"]
        /// Abbreviations that may end in a full stop: "res. 2/1", "dec. 2024/3", "para. 3".
        static let abbreviations: Set<String> = ["res", "dec", "para", "paras"]

        /// Bodies written before "resolution" or "decision" and kept in the phrase.
        static let habitatBodies = [["un", "-", "habitat", "assembly"], ["assembly"]]
        static let boardBodies = [["executive", "board"], ["board"]]
        static let habitatSuffixes = [
            ["of", "the", "un", "-", "habitat", "assembly"], ["of", "the", "united", "nations", "habitat", "assembly"],
            ["of", "the", "assembly"],
        ]
        static let boardSuffixes = [["of", "the", "executive", "board"], ["of", "the", "board"]]
        /// Other bodies number their resolutions and decisions the same way
        /// ("General Assembly resolution 78/122"); those are not UN-Habitat's.
        static let otherBodies = [
            ["general", "assembly"], ["unga"], ["ga"], ["security", "council"], ["ecosoc"],
            ["economic", "and", "social", "council"], ["human", "rights", "council"], ["hrc"],
            ["environment", "assembly"], ["unea"],
        ]

        /// "resolution 2/7", "UN-Habitat Assembly resolution 2/10", "resolutions 2/1, 2/5 and 2/7",
        /// "resolution 2/7 of the UN-Habitat Assembly".
        func resolutionMatch(at index: Int) -> Match? {
            citation(at: index, words: Matcher.resolutionWords, bodies: Matcher.habitatBodies,
                     suffixes: Matcher.habitatSuffixes) { pair in
                (try? ResolutionKey.parse(pair)).map { .resolution($0) }
            }
        }

        /// "decision 2024/3", "Decision 2024/3 of the Executive Board", "decisions 1/1 and 1/2".
        func decisionMatch(at index: Int) -> Match? {
            citation(at: index, words: Matcher.decisionWords, bodies: Matcher.habitatBodies + Matcher.boardBodies,
                     suffixes: Matcher.habitatSuffixes + Matcher.boardSuffixes) { pair in
                (try? DecisionKey.parse(pair)).map { .decision($0) }
            }
        }

        func citation(
            at index: Int, words: Set<String>, bodies: [[String]], suffixes: [[String]],
            reference: (String) -> Reference?
        ) -> Match? {
            guard let afterWord = keyword(at: index, words), let list = pairList(from: afterWord) else { return nil }
            if Matcher.otherBodies.contains(where: { sequence($0, endingBefore: index) }) {
                return Match(found: [], tokens: index..<list.end)
            }
            let body = bodies.first(where: { sequence($0, endingBefore: index) })
            let suffix = suffixes.first(where: { sequence($0, at: list.end) })
            let start = index - (body?.count ?? 0)
            return Match(found: list.pairs.compactMap(reference), tokens: start..<(list.end + (suffix?.count ?? 0)))
        }

        /// "2/1", "2/1, 2/5 and 2/7", "1/1 to 1/5" (a range gives its two ends only).
        func pairList(from index: Int) -> (pairs: [String], end: Int)? {
            guard let first = pair(at: index) else { return nil }
            var pairs = [first.text]
            var end = first.end
            while let afterSeparator = separator(at: end), let next = pair(at: afterSeparator) {
                pairs.append(next.text)
                end = next.end
            }
            return (pairs, end)
        }

        /// "2/7", "1 /2", "1/ 4" as "session/number"; not the first two parts of a date
        /// such as "16/10/2024" nor anything inside a document symbol.
        func pair(at index: Int) -> (text: String, end: Int)? {
            guard isNumber(index), isMark(index + 1, "/"), isNumber(index + 2),
                  !isInDocument[index], !isInDocument[index + 2]
            else { return nil }
            if isMark(index + 3, "/"), !tokens[index + 3].followsSpace, isNumber(index + 4) { return nil }
            return ("\(tokens[index].text)/\(tokens[index + 2].text)", index + 3)
        }

        // MARK: Operative paragraphs

        static let paragraphWords: Set<String> = ["paragraph", "paragraphs", "para", "paras"]
        static let shorthandWords: Set<String> = ["op", "ops"]
        static let paragraphQualifiers: Set<String> = ["operative", "operational"]

        /// "operative paragraph 4", "paragraphs 2 and 3 of resolution 2/9", "paragraph 2 (a)",
        /// "operative paragraph four and five".
        func paragraphMatch(at index: Int) -> Match? {
            var wordIndex = index
            if isWord(index, Matcher.paragraphQualifiers) {
                wordIndex += 1
            } else if isWord(index - 1, ["preambular"]) {
                return nil
            }
            guard let afterWord = keyword(at: wordIndex, Matcher.paragraphWords) else { return nil }
            return paragraphs(start: index, listFrom: afterWord, repeating: Matcher.paragraphWords, allowingWords: true)
        }

        /// "OP3", "OP 8", "OP5, 6 and 7", "OP2, OP5", "OP1,2".
        func shorthandMatch(at index: Int) -> Match? {
            guard let afterWord = keyword(at: index, Matcher.shorthandWords) else { return nil }
            return paragraphs(start: index, listFrom: afterWord, repeating: Matcher.shorthandWords, allowingWords: false)
        }

        func paragraphs(start: Int, listFrom index: Int, repeating words: Set<String>, allowingWords: Bool) -> Match? {
            guard let list = paragraphList(from: index, repeating: words, allowingWords: allowingWords) else { return nil }
            func paragraphs(of resolution: ResolutionKey?) -> [Reference] {
                list.labels.map { .paragraph(OperativeParagraph(resolution: resolution, paragraph: $0)) }
            }
            switch owner(at: list.end) {
            case .unnamed:
                return Match(found: paragraphs(of: nil), tokens: start..<list.end)
            case .resolution(let citation):
                let keys = citation.found.compactMap { reference -> ResolutionKey? in
                    if case .resolution(let key) = reference { return key }
                    return nil
                }
                // Paragraphs of a General Assembly resolution are not UN-Habitat's.
                guard !keys.isEmpty else { return nil }
                let found = paragraphs(of: keys.count == 1 ? keys[0] : nil) + citation.found
                return Match(found: found, tokens: start..<citation.tokens.upperBound)
            case .other:
                return nil
            }
        }

        enum Owner {
            /// No owner named, or "of the resolution".
            case unnamed
            /// "of resolution 2/2", "of HSP/HA.2/RES.2".
            case resolution(Match)
            /// "of decision 2020/6", "of the present report", "above": not a resolution's paragraph.
            case other
        }

        static let determiners: Set<String> = ["the", "this", "that", "said", "its", "draft", "same"]

        func owner(at index: Int) -> Owner {
            if isWord(index, ["above", "below"]) { return .other }
            guard isWord(index, ["of"]) else { return .unnamed }
            var start = index + 1
            if let symbol = documents[start] {
                return symbol.found.contains(where: { if case .resolution = $0 { true } else { false } })
                    ? .resolution(symbol) : .other
            }
            while isWord(start, Matcher.determiners) { start += 1 }
            // The resolution word may follow a body: "of the UN-Habitat Assembly resolution 2/2".
            for wordIndex in start..<min(start + 5, tokens.count) {
                if let citation = resolutionMatch(at: wordIndex), citation.tokens.lowerBound == start {
                    return .resolution(citation)
                }
            }
            return isWord(start, Matcher.resolutionWords) && !isNumber(start + 1) ? .unnamed : .other
        }

        /// Paragraph labels in one style: all figures ("4, 5 and 6", "2 (a) and (b)") or,
        /// where words are allowed, all words ("four and five").
        func paragraphList(from index: Int, repeating words: Set<String>, allowingWords: Bool) -> (labels: [String], end: Int)? {
            guard let first = paragraphNumber(at: index, allowingWords: allowingWords) else { return nil }
            var labels: [String] = []
            var number = first.value
            var end = first.end
            if let sub = subParagraph(at: end) {
                labels.append("\(number) (\(sub.letter))")
                end = sub.end
            } else {
                labels.append("\(number)")
            }
            while var next = separator(at: end) {
                if let afterWord = keyword(at: next, words) { next = afterWord }
                if let sub = subParagraph(at: next) {
                    labels.append("\(number) (\(sub.letter))")
                    end = sub.end
                    continue
                }
                guard let item = paragraphNumber(at: next, allowingWords: allowingWords),
                      item.isWord == first.isWord
                else { break }
                number = item.value
                end = item.end
                if let sub = subParagraph(at: end) {
                    labels.append("\(number) (\(sub.letter))")
                    end = sub.end
                } else {
                    labels.append("\(number)")
                }
            }
            return (labels, end)
        }

        /// "3", or "four" and "twenty-one" where words are allowed. Not "2/7" nor a
        /// section number such as "3.2".
        func paragraphNumber(at index: Int, allowingWords: Bool) -> (value: Int, isWord: Bool, end: Int)? {
            if isNumber(index) {
                let glued = index + 1 < tokens.count && !tokens[index + 1].followsSpace
                if glued, isMark(index + 1, "/") || (isMark(index + 1, ".") && isNumber(index + 2)) { return nil }
                guard let value = ASCIIText.integer(tokens[index].text), (1...999).contains(value) else { return nil }
                return (value, false, index + 1)
            }
            guard allowingWords, index < tokens.count, tokens[index].kind == .word else { return nil }
            if isMark(index + 1, "-"), index + 2 < tokens.count, tokens[index + 2].kind == .word,
               !tokens[index + 1].followsSpace, !tokens[index + 2].followsSpace,
               let value = CardinalWords.parse("\(tokens[index].text)-\(tokens[index + 2].text)"), value >= 1 {
                return (value, true, index + 3)
            }
            guard let value = CardinalWords.parse(tokens[index].text), value >= 1 else { return nil }
            return (value, true, index + 1)
        }

        static let romanSubParagraphs: Set<String> = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"]

        /// "(a)" or "(iv)" right after a paragraph number.
        func subParagraph(at index: Int) -> (letter: String, end: Int)? {
            guard isMark(index, "("), index + 1 < tokens.count, tokens[index + 1].kind == .word, isMark(index + 2, ")")
            else { return nil }
            let letter = tokens[index + 1].text
            guard letter.count == 1 || Matcher.romanSubParagraphs.contains(letter) else { return nil }
            return (letter, index + 3)
        }

        // MARK: Token tests

        /// The index after a list separator: ",", "and", ", and", "or", "&", "to" or a dash.
        func separator(at index: Int) -> Int? {
            if isMark(index, ",") { return isWord(index + 1, ["and"]) ? index + 2 : index + 1 }
            if isWord(index, ["and", "or", "to"]) || isMark(index, "&") || isMark(index, "-") { return index + 1 }
            return nil
        }

        /// The index after one of `words` and the full stop of an abbreviation.
        func keyword(at index: Int, _ words: Set<String>) -> Int? {
            guard isWord(index, words) else { return nil }
            if Matcher.abbreviations.contains(tokens[index].text), isMark(index + 1, "."), !tokens[index + 1].followsSpace {
                return index + 2
            }
            return index + 1
        }

        func isWord(_ index: Int, _ words: Set<String>) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .word && words.contains(tokens[index].text)
        }

        func isNumber(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .number
        }

        func isMark(_ index: Int, _ mark: String) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .mark && tokens[index].text == mark
        }

        func sequence(_ texts: [String], at index: Int) -> Bool {
            index >= 0 && index + texts.count <= tokens.count
                && zip(tokens[index..<(index + texts.count)], texts).allSatisfy { $0.text == $1 }
        }

        func sequence(_ texts: [String], endingBefore index: Int) -> Bool {
            sequence(texts, at: index - texts.count)
        }
    }
}
