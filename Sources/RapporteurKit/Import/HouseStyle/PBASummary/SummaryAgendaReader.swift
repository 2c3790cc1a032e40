/// Reads the adopted agenda from the list under the opening paragraph: plain entries are
/// items 1, 2, 3 …; lettered entries are sub-items of the item above them.
enum SummaryAgendaReader {
    static func read(_ entries: [SummaryRawParagraph.Part]) -> [ParsedAgendaItem] {
        var items: [ParsedAgendaItem] = []
        var top = 0
        for entry in entries {
            let label: String
            if let marker = entry.marker, let number = Int(marker) {
                top = number
                label = String(number)
            } else if let marker = entry.marker, marker.count == 1 {
                if top == 0 { top = 1 }
                label = "\(top)(\(marker))"
            } else if let marker = entry.marker {
                // A roman numeral under a lettered entry: "2(a)(ii)".
                label = (items.last?.label ?? String(max(top, 1))) + "(\(marker))"
            } else {
                top += 1
                label = String(top)
            }
            let references = ReferenceScanner.scan(entry.text)
            items.append(
                ParsedAgendaItem(
                    label: label, title: SummaryLineClassifier.trimmingFinalPunctuation(entry.text),
                    resolutions: references.resolutions.map(\.key), decisions: references.decisions.map(\.key)))
        }
        return items
    }

    /// True when a heading's title reads as the agenda's: most of its words are in the
    /// agenda title ("Adoption of the Agenda" against "Adoption of the provisional Agenda").
    static func titlesAgree(_ heading: String, _ agenda: String) -> Bool {
        let headingWords = words(heading)
        guard !headingWords.isEmpty else { return true }
        let agendaWords = Set(words(agenda))
        let shared = headingWords.filter { agendaWords.contains($0) }.count
        return Double(shared) / Double(headingWords.count) >= 0.6
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
