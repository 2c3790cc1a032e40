/// An agenda item's heading as summaries and journals write it: "Agenda item 7: Title",
/// "Agenda Item 1 – Title", "Agenda item 6 (a) − Title" (colon, full stop, hyphen, en or
/// em dash, or the minus sign), "Item 2(a). Title", or "Agenda item 3" alone. A heading
/// may run into its first paragraph on the same line ("Agenda item 4: Title. The Board
/// …", or with no stop before the first speaker): that paragraph is `runIn`.
struct AgendaHeadingLine: Equatable {
    /// "6" or "6(a)", as the record stores an item's label.
    var label: String
    var title: String
    var runIn: String?

    static let pattern = TextPattern(
        #"^(?:agenda\s+)?item\s+([0-9]{1,2})\s*(?:\(([a-z])\)|([a-z])\b)?\s*(?:[:.–—−\-]\s*(.*))?$"#, anyCase: true)
    /// Where a title ends and a sentence starts: a stop before a capital.
    static let sentenceStart = TextPattern(#"[.;]\s+(?=[A-Z“"])"#)
    /// A title must keep this many words before a paragraph may run in without a stop.
    static let shortestTitle = 2

    static func read(_ line: String) -> AgendaHeadingLine? {
        guard line.first?.isUppercase == true, let match = pattern.firstMatch(in: line),
            let number = match.group(1)
        else { return nil }
        var label = number
        if let letter = match.group(2) ?? match.group(3) { label += "(\(letter.lowercased()))" }
        let (title, runIn) = splitRunIn(match.group(4) ?? "")
        return AgendaHeadingLine(
            label: label, title: SummaryLineClassifier.trimmingFinalPunctuation(title), runIn: runIn)
    }

    /// The title and the paragraph that runs on after it, if any: after the first stop
    /// before a capital, or, with no stop, from the first word that opens a speaker's
    /// sentence ("The Executive Director presented …", "UN-Habitat introduced …").
    static func splitRunIn(_ text: String) -> (String, String?) {
        if let stop = sentenceStart.firstMatch(in: text) {
            let rest = String(text[stop.range.upperBound...]).trimmingCharacters(in: .whitespaces)
            return (String(text[..<stop.range.lowerBound]), rest.isEmpty ? nil : rest)
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count > shortestTitle else { return (text, nil) }
        for start in shortestTitle..<words.count where opensSentence(words[start]) {
            // The subject takes up to four words before its verb.
            for verb in (start + 1)..<min(start + 5, words.count) {
                let word = words[verb].trimmingCharacters(in: .punctuationCharacters)
                guard word.first?.isLowercase == true else { continue }
                if SummaryVerbTable.isVerbLike(word) {
                    return (words[..<start].joined(separator: " "), words[start...].joined(separator: " "))
                }
                break
            }
        }
        return (text, nil)
    }

    /// "The", "UN-Habitat", "Member", "Several" or a word in capitals.
    static func opensSentence(_ word: String) -> Bool {
        if ["The", "UN-Habitat", "Member", "Several", "Many", "Some"].contains(word) { return true }
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
}
