/// Reads a text into its layout blocks: headings (agenda items, banners, date lines,
/// sub-headings), paragraphs, numbered or not, and list entries, page furniture left
/// out. A line carries on the block above it when it starts in lower case, or when the
/// paragraph above has not finished its sentence and no blank line stands between them.
public enum LayoutBlockReader {
    /// A heading is a short line: at most this many words.
    static let headingWords = 14

    public static func read(_ text: String) -> [LayoutBlock] {
        var blocks: [LayoutBlock] = []
        var blankBefore = true
        for line in SummaryParser.numberedLines(text) {
            if line.text.isEmpty {
                blankBefore = true
                continue
            }
            if SummaryLineCleaner.isPageFurniture(line.text) { continue }
            defer { blankBefore = false }
            if let heading = AgendaHeadingLine.read(line.text) {
                let written = heading.runIn.map { String(line.text.dropLast($0.count)) } ?? line.text
                blocks.append(
                    LayoutBlock(kind: .heading, text: written.trimmingCharacters(in: .whitespaces), line: line.number))
                if let runIn = heading.runIn {
                    blocks.append(LayoutBlock(kind: .paragraph(number: nil), text: runIn, line: line.number))
                }
                continue
            }
            switch SummaryLineClassifier.classify(line.text) {
            case .numbered(let number, let text):
                blocks.append(LayoutBlock(kind: .paragraph(number: number), text: text, line: line.number))
                continue
            case .bullet(let marker, let text):
                blocks.append(LayoutBlock(kind: .listEntry(marker: marker), text: text, line: line.number))
                continue
            default:
                break
            }
            if let last = blocks.last, line.text.first?.isLowercase == true {
                // A line in lower case carries on the line above: a short first line of a
                // paragraph that looked like a heading was that paragraph's, and an
                // agenda item's title may run over two lines.
                blocks[blocks.count - 1].text += " " + line.text
                if last.isHeading, AgendaHeadingLine.read(last.text) == nil {
                    blocks[blocks.count - 1].kind = .paragraph(number: nil)
                }
                continue
            }
            if let last = blocks.last, !last.isHeading, !blankBefore, SentenceEnd.isCut(last.text) {
                blocks[blocks.count - 1].text += " " + line.text
                continue
            }
            let kind: LayoutBlock.Kind = looksLikeHeading(line.text) ? .heading : .paragraph(number: nil)
            blocks.append(LayoutBlock(kind: kind, text: line.text, line: line.number))
        }
        return blocks
    }

    /// A short line that starts with a capital or a figure, does not end as a sentence
    /// does, and has no verb a speaker is reported with: "Interventions by Member
    /// States", "DAY 2 – WEDNESDAY, 29 NOVEMBER 2023", "First Daily Journal".
    static func looksLikeHeading(_ line: String) -> Bool {
        guard let first = line.first, first.isUppercase || first.isNumber,
            let last = line.last, !".;,:!?".contains(last)
        else { return false }
        let words = line.split(separator: " ")
        return words.count <= headingWords
            && !words.contains { SummaryVerbTable.isVerbLike($0.trimmingCharacters(in: .punctuationCharacters)) }
    }
}
