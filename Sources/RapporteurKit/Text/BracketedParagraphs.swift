/// The operative paragraphs a line of a roadmap cites in brackets: "(para 6)",
/// "(para 3(c) and 3(d))", "(OP2 a and b)", "(OP1, OP3, and OP7)", "(OP 8)", "(all OPs)".
/// The numbers are read by `ReferenceScanner`, as implementation updates are; a bracket
/// counts only when it starts with "para", "paragraph", "OP" or "all", so that "(max. 50
/// mil USD)" or "(existing)" is text.
enum BracketedParagraphs {
    /// The paragraphs of every citation in the text, in order ("all" for "(all OPs)"),
    /// and the text without a citation that ends it: "… held on 2 December 2023 (all
    /// OPs)." is "… held on 2 December 2023."; one inside the sentence ("Advisory group
    /// to be established (OP3) if …") stays.
    static func read(_ text: String) -> (text: String, paragraphs: [String]) {
        let characters = Array(text)
        var opened: [Int] = []
        var citations: [(open: Int, close: Int, paragraphs: [String])] = []
        for (position, character) in characters.enumerated() {
            if character == "(" {
                opened.append(position)
            } else if character == ")", let open = opened.popLast() {
                let content = String(characters[(open + 1)..<position])
                guard let paragraphs = paragraphs(citedBy: content) else { continue }
                // A bracket inside a citation ("3(c)") is part of it.
                citations.removeAll { $0.open > open }
                citations.append((open, position, paragraphs))
            }
        }
        let paragraphs = citations.flatMap(\.paragraphs).reduce(into: [String]()) { found, paragraph in
            if !found.contains(paragraph) { found.append(paragraph) }
        }
        guard let last = citations.last else { return (text, paragraphs) }
        let after = String(characters[(last.close + 1)...]).trimmingCharacters(in: .whitespaces)
        guard after.isEmpty || after == "." else { return (text, paragraphs) }
        var before = String(characters[..<last.open]).trimmingCharacters(in: .whitespaces)
        guard !before.isEmpty else { return (text, paragraphs) }
        if after == ".", !before.hasSuffix(".") { before += "." }
        return (before, paragraphs)
    }

    /// The paragraphs a bracket's content cites; nil when it is no citation.
    static func paragraphs(citedBy content: String) -> [String]? {
        let trimmed = ASCIIText.collapsingWhitespace(content)
        if allParagraphs.wholeMatch(in: trimmed) != nil { return ["all"] }
        guard citationStart.prefixMatch(in: trimmed) != nil else { return nil }
        // "OP2 a and b", "OP2 d": letters written without their brackets.
        var bracketed = bareFirstLetter.replacing(in: trimmed, with: "$1 ($2)")
        while true {
            let next = bareNextLetter.replacing(in: bracketed, with: "$1($2)")
            if next == bracketed { break }
            bracketed = next
        }
        let found = ReferenceScanner.scan(bracketed).paragraphs.map(\.paragraph)
        return found.isEmpty ? nil : found
    }

    static let allParagraphs = TextPattern(#"all\s+(?:OPs|operative\s+paragraphs|paragraphs|paras)"#, anyCase: true)
    static let citationStart = TextPattern(
        #"(?:paras?\b|paragraphs?\b|operative\s+paragraphs?\b|OPs?\s*[0-9])"#, anyCase: true)
    static let bareFirstLetter = TextPattern(#"([0-9])\s+([a-z])(?=\s|,|$)"#)
    static let bareNextLetter = TextPattern(#"(\([a-z]\)\s*(?:,\s*(?:and\s+)?|and\s+))([a-z])(?=\s|,|$)"#)
}
