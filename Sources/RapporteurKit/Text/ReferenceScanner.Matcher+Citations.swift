// Resolutions and decisions: "resolution 2/7", "decision 2024/3 of the Executive Board".

extension ReferenceScanner.Matcher {
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
    func resolutionMatch(at index: Int) -> ReferenceScanner.Match? {
        citation(
            at: index, words: Self.resolutionWords, bodies: Self.habitatBodies,
            suffixes: Self.habitatSuffixes
        ) { pair in
            (try? ResolutionKey.parse(pair)).map { .resolution($0) }
        }
    }

    /// "decision 2024/3", "Decision 2024/3 of the Executive Board", "decisions 1/1 and 1/2".
    func decisionMatch(at index: Int) -> ReferenceScanner.Match? {
        citation(
            at: index, words: Self.decisionWords, bodies: Self.habitatBodies + Self.boardBodies,
            suffixes: Self.habitatSuffixes + Self.boardSuffixes
        ) { pair in
            (try? DecisionKey.parse(pair)).map { .decision($0) }
        }
    }

    func citation(
        at index: Int, words: Set<String>, bodies: [[String]], suffixes: [[String]],
        reference: (String) -> ReferenceScanner.Reference?
    ) -> ReferenceScanner.Match? {
        guard let afterWord = keyword(at: index, words), let list = pairList(from: afterWord) else { return nil }
        if Self.otherBodies.contains(where: { sequence($0, endingBefore: index) }) {
            return ReferenceScanner.Match(found: [], tokens: index..<list.end)
        }
        let body = bodies.first(where: { sequence($0, endingBefore: index) })
        let suffix = suffixes.first(where: { sequence($0, at: list.end) })
        let start = index - (body?.count ?? 0)
        return ReferenceScanner.Match(
            found: list.pairs.compactMap(reference), tokens: start..<(list.end + (suffix?.count ?? 0)))
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
}
