// Operative paragraphs: "operative paragraph 4", "OP5, 6 and 7", "paragraph 8 of resolution 2/2".

extension ReferenceScanner.Matcher {
    static let paragraphWords: Set<String> = ["paragraph", "paragraphs", "para", "paras"]
    static let shorthandWords: Set<String> = ["op", "ops"]
    static let paragraphQualifiers: Set<String> = ["operative", "operational"]

    /// "operative paragraph 4", "paragraphs 2 and 3 of resolution 2/9", "paragraph 2 (a)",
    /// "operative paragraph four and five".
    func paragraphMatch(at index: Int) -> ReferenceScanner.Match? {
        var wordIndex = index
        if isWord(index, Self.paragraphQualifiers) {
            wordIndex += 1
        } else if isWord(index - 1, ["preambular"]) {
            return nil
        }
        guard let afterWord = keyword(at: wordIndex, Self.paragraphWords) else { return nil }
        return paragraphs(start: index, listFrom: afterWord, repeating: Self.paragraphWords, allowingWords: true)
    }

    /// "OP3", "OP 8", "OP5, 6 and 7", "OP2, OP5", "OP1,2".
    func shorthandMatch(at index: Int) -> ReferenceScanner.Match? {
        guard let afterWord = keyword(at: index, Self.shorthandWords) else { return nil }
        return paragraphs(start: index, listFrom: afterWord, repeating: Self.shorthandWords, allowingWords: false)
    }

    func paragraphs(start: Int, listFrom index: Int, repeating words: Set<String>, allowingWords: Bool)
        -> ReferenceScanner.Match?
    {
        guard let list = paragraphList(from: index, repeating: words, allowingWords: allowingWords) else { return nil }
        func paragraphs(of resolution: ResolutionKey?) -> [ReferenceScanner.Reference] {
            list.labels.map { .paragraph(OperativeParagraph(resolution: resolution, paragraph: $0)) }
        }
        switch owner(at: list.end) {
        case .unnamed:
            return ReferenceScanner.Match(found: paragraphs(of: nil), tokens: start..<list.end)
        case .resolution(let citation):
            let keys = citation.found.compactMap { reference -> ResolutionKey? in
                if case .resolution(let key) = reference { return key }
                return nil
            }
            // Paragraphs of a General Assembly resolution are not UN-Habitat's.
            guard !keys.isEmpty else { return nil }
            let found = paragraphs(of: keys.count == 1 ? keys[0] : nil) + citation.found
            return ReferenceScanner.Match(found: found, tokens: start..<citation.tokens.upperBound)
        case .other:
            return nil
        }
    }

    enum Owner {
        /// No owner named, or "of the resolution".
        case unnamed
        /// "of resolution 2/2", "of HSP/HA.2/RES.2".
        case resolution(ReferenceScanner.Match)
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
        while isWord(start, Self.determiners) { start += 1 }
        // The resolution word may follow a body: "of the UN-Habitat Assembly resolution 2/2".
        for wordIndex in start..<min(start + 5, tokens.count) {
            if let citation = resolutionMatch(at: wordIndex), citation.tokens.lowerBound == start {
                return .resolution(citation)
            }
        }
        return isWord(start, Self.resolutionWords) && !isNumber(start + 1) ? .unnamed : .other
    }

    /// Paragraph labels in one style: all figures ("4, 5 and 6", "2 (a) and (b)") or,
    /// where words are allowed, all words ("four and five").
    func paragraphList(from index: Int, repeating words: Set<String>, allowingWords: Bool) -> (
        labels: [String], end: Int
    )? {
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
            let value = CardinalWords.parse("\(tokens[index].text)-\(tokens[index + 2].text)"), value >= 1
        {
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
        guard letter.count == 1 || Self.romanSubParagraphs.contains(letter) else { return nil }
        return (letter, index + 3)
    }
}
