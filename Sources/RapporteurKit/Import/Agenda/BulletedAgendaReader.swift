/// Reads an agenda a summary quotes as a bulleted list after the sentence that
/// introduces it ("The working group adopted the provisional agenda … as follows:"):
/// each bullet an item, a bullet lettered "a." or "(a)" a sub-item of the item before
/// it. The bullets print no numbers, so items are numbered in order from 1, as the
/// agenda adopted in full is, and sub-items lettered in order from (a).
enum BulletedAgendaReader {
    static func read(_ lines: [AgendaLine]) -> [AgendaEntry] {
        guard let intro = lines.firstIndex(where: { introduction.firstMatch(in: $0.text) != nil }) else { return [] }
        var entries: [AgendaEntry] = []
        var top = 0
        var letters = 0
        for line in lines[(intro + 1)...] {
            if line.isEmpty { continue }
            guard let bullet = bullet.wholeMatch(in: line.text), let text = bullet.group(1) else { break }
            if let sub = lettered.wholeMatch(in: text), top > 0, letters < 26, let title = sub.group(2) {
                letters += 1
                let letter = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(letters - 1)))
                entries.append(AgendaEntry(label: "\(top)(\(letter))", title: title, line: line.number))
            } else {
                top += 1
                letters = 0
                entries.append(AgendaEntry(label: String(top), title: text, line: line.number))
            }
        }
        return entries.map { entry in
            var entry = entry
            entry.title = entry.title.map(SummaryLineClassifier.trimmingFinalPunctuation)
            return entry.citing()
        }
    }

    private static let introduction = TextPattern(
        #"\bagenda\b[^.]*\b(?:as\s+follows|the\s+following)\s*:$"#, anyCase: true)
    private static let bullet = TextPattern(#"[-•–*]\s+(\S.*)"#)
    private static let lettered = TextPattern(#"\(?([a-z])[.)]\s+(\S.*)"#)
}
