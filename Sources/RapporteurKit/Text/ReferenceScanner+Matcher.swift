extension ReferenceScanner {
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
                    ?? resolutionMatch(at: index) ?? decisionMatch(at: index)
                {
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
            if Matcher.abbreviations.contains(tokens[index].text), isMark(index + 1, "."),
                !tokens[index + 1].followsSpace
            {
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
