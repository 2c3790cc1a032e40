import Foundation

/// The parts of one ask that an answer must each speak to before the ask is answered
/// in full. What precedes the asking verb ("highlighted the importance of X and
/// inquired how …") is a statement, not a part; a framing clause at the end (", with
/// regard to …") names the setting. Each asking verb opens a part ("… and further
/// requested that …"), and so does each thing asked for beside another ("statistics
/// and the progress of …", "clarification on X and examples of X", "more information
/// and next steps on …"). Questions joined by "and whether", "and how many" are split
/// into asks of their own before the inference sees them.
enum AnswerAskParts {
    /// The things an ask asks for, when one of them stands beside another.
    static let askedFor = TextPattern(
        #",?\s+and\s+(?:also\s+|further\s+)?(?:the\s+|its\s+|their\s+|any\s+)?(?=(?:examples?|statistics|figures|data|next steps|timelines?|timeframes?|progress|status|numbers?|lists?|impacts?|mechanisms?|plans?|results|lessons|costs?|budgets?|dates?|deadlines?)\b)"#,
        anyCase: true)
    static let framing = TextPattern(
        #",\s+(?:regarding|with regard to|concerning|on the question of)\s+.*$"#, anyCase: true)

    /// The parts' texts, in order; a part holding no key word is left out, since no
    /// answer can be judged against it.
    static func parts(of ask: String) -> [String] {
        var text = ask
        if let match = framing.firstMatch(in: text) { text = String(text[..<match.range.lowerBound]) }
        let verbs = SummaryAskReader.verb.allMatches(in: text).filter {
            !SummaryAskReader.isPassiveOrAside(text, before: $0.range.lowerBound)
        }
        var clauses: [String] = []
        if verbs.isEmpty {
            clauses = [text]
        } else {
            for (index, verb) in verbs.enumerated() {
                let end = index + 1 < verbs.count ? verbs[index + 1].range.lowerBound : text.endIndex
                clauses.append(String(text[verb.range.upperBound..<end]))
            }
        }
        var parts: [String] = []
        for clause in clauses {
            var start = clause.startIndex
            for match in askedFor.allMatches(in: clause) {
                parts.append(String(clause[start..<match.range.lowerBound]))
                start = match.range.upperBound
            }
            parts.append(String(clause[start...]))
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !AnswerWords.words($0).isEmpty }
    }

    /// The key words of each part that no other part of the ask holds: what an answer to
    /// that part, and to no other, would have to speak of. Empty for a part all of whose
    /// words its siblings share.
    static func distinctWords(of ask: String) -> [Set<String>] {
        let words = parts(of: ask).map(AnswerWords.words)
        return words.indices.map { index in
            words.indices.filter { $0 != index }.reduce(words[index]) { $0.subtracting(words[$1]) }
        }
    }

    /// Whether answers holding these words speak to every part of the ask.
    static func everyPartTouched(_ ask: String, byAnswerWords answered: Set<String>) -> Bool {
        distinctWords(of: ask).allSatisfy { $0.isEmpty || !$0.isDisjoint(with: answered) }
    }
}
