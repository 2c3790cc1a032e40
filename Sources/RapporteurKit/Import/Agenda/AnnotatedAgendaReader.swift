import Foundation

/// Reads an annotated agenda: "Item 2. Credentials" headings, each over the paragraphs
/// that annotate it (their own numbers dropped). The first heading may be any item's
/// (an excerpt that starts at item 2 keeps 2); each one after it is the next item's.
/// The same heading printed again (at the top of the next page, or "(continued)") is no
/// new item, and a line repeating the document's heading lines (a running head) and a
/// page's symbol line ("/ HSP/GC/20/1/Add.1") are furniture.
///
/// What comes before the first item under a heading of its own ("Opening of the
/// session" over paragraph 1) is an annotation of no numbered item: it is kept apart,
/// as `opening`.
enum AnnotatedAgendaReader {
    struct Reading {
        var entries: [AgendaEntry] = []
        var opening: AgendaOpening?
    }

    static func read(_ lines: [AgendaLine]) -> Reading {
        guard let first = lines.firstIndex(where: { itemHeading($0.text) != nil }) else { return Reading() }
        let heading = AgendaListReader.heading(lines, before: first)
        var items: [(number: Int, title: String, line: Int, paragraphs: [String])] = []
        for line in lines[first...] {
            if let item = itemHeading(line.text) {
                if let last = items.last, item.number == last.number {
                    guard AgendaListEntry.sameTitle(last.title, item.title) else { break }
                    continue
                }
                guard item.number == (items.last?.number ?? item.number - 1) + 1 else { break }
                items.append((item.number, item.title, line.number, []))
            } else if line.isEmpty {
                if items[items.count - 1].paragraphs.last?.isEmpty == false {
                    items[items.count - 1].paragraphs.append("")
                }
            } else if AgendaListReader.isFurniture(line.text, heading: heading) || line.text.hasPrefix("/") {
                continue
            } else {
                append(line.text, to: &items[items.count - 1].paragraphs)
            }
        }
        // An excerpt cut in the middle of its last paragraph keeps the paragraphs before it.
        if var last = items.popLast() {
            trimCut(&last.paragraphs)
            items.append(last)
        }
        let entries = items.map { item in
            AgendaEntry(
                label: String(item.number), title: SummaryLineClassifier.trimmingFinalPunctuation(item.title),
                annotation: AgendaAnnotation.normalized(item.paragraphs.joined(separator: "\n")), line: item.line
            ).citing()
        }
        return Reading(entries: entries, opening: opening(lines[..<first]))
    }

    /// The heading and paragraphs just before the first item, when paragraph 1 is among
    /// them: "Opening of the session" over "1. The twentieth session … will be opened …".
    private static func opening(_ lines: ArraySlice<AgendaLine>) -> AgendaOpening? {
        guard
            let paragraph = lines.lastIndex(where: {
                paragraphNumber.prefixMatch(in: $0.text)?.text.trimmingCharacters(in: .whitespaces) == "1."
            }),
            let title = lines[..<paragraph].last(where: { !$0.isEmpty })
        else { return nil }
        var paragraphs: [String] = []
        for line in lines[paragraph...] {
            if line.isEmpty {
                if paragraphs.last?.isEmpty == false { paragraphs.append("") }
            } else {
                append(line.text, to: &paragraphs)
            }
        }
        trimCut(&paragraphs)
        guard let annotation = AgendaAnnotation.normalized(paragraphs.joined(separator: "\n")) else { return nil }
        return AgendaOpening(title: title.text, annotation: annotation, line: title.number)
    }

    /// A numbered paragraph starts a paragraph of its own, blank line or not.
    private static func append(_ line: String, to paragraphs: inout [String]) {
        if let number = paragraphNumber.prefixMatch(in: line) {
            if paragraphs.last?.isEmpty == false { paragraphs.append("") }
            paragraphs.append(String(line[number.range.upperBound...]))
        } else {
            paragraphs.append(line)
        }
    }

    private static func trimCut(_ paragraphs: inout [String]) {
        while paragraphs.last?.isEmpty == true { paragraphs.removeLast() }
        if let paragraph = paragraphs.last, SentenceEnd.isCut(paragraph) { paragraphs.removeLast() }
    }

    private static let itemHeadingPattern = TextPattern(#"Item\s+(\d{1,2})\.\s+(\S.*)"#)
    private static let paragraphNumber = TextPattern(#"\d{1,3}\.\s+"#)

    private static func itemHeading(_ line: String) -> (number: Int, title: String)? {
        guard let match = itemHeadingPattern.wholeMatch(in: line), let number = match.group(1).flatMap({ Int($0) }),
            let title = match.group(2)
        else { return nil }
        return (number, title)
    }
}
