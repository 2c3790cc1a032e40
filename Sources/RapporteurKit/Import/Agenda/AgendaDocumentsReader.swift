/// Reads a meeting page that lists the documents of each item under "Agenda item 1:",
/// "Agenda item 2:" …: each heading an item (with its title when the heading gives one
/// after the colon), and every symbol in the lines under it, up to the next heading,
/// one of its documents ("HSP/OECPR.2021/1: Provisional agenda", "A/RES/75/224: General
/// Assembly resolution 75/224 …"). It is a reading only when some item has documents:
/// a summary's "Agenda item 2 – …" headings over paragraphs are not such a page.
enum AgendaDocumentsReader {
    static func read(_ lines: [AgendaLine]) -> [AgendaEntry] {
        var entries: [AgendaEntry] = []
        for line in lines {
            if let match = heading.wholeMatch(in: line.text), let number = match.group(1).flatMap({ Int($0) }) {
                let letter = match.group(2).map { "(\($0))" } ?? ""
                let title = match.group(3).flatMap {
                    $0.isEmpty ? nil : SummaryLineClassifier.trimmingFinalPunctuation($0)
                }
                entries.append(AgendaEntry(label: "\(number)\(letter)", title: title, line: line.number))
            } else if !entries.isEmpty, !line.isEmpty {
                let cited = AgendaCitations.of(line.text)
                for symbol in cited.documents where !entries[entries.count - 1].documents.contains(symbol) {
                    entries[entries.count - 1].documents.append(symbol)
                }
            }
        }
        return entries.contains { !$0.documents.isEmpty } ? entries.map { $0.citing() } : []
    }

    private static let heading = TextPattern(
        #"Agenda\s+item\s+(\d{1,2})\s*(?:\(([a-z])\))?\s*[:.\-–—]\s*(.*)"#, anyCase: true)
}
