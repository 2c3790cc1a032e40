import Foundation

/// Reads a provisional agenda as the secretariat publishes it: items "1.", "2." …, their
/// sub-items "(a)" or "a)", and theirs "(i)", an item broken over two lines joined again.
/// The agenda is the longest run of such lines in the document that starts at item 1:
/// a page's list of links, its notes and its furniture around it are left out. An
/// annotated agenda ("Item 1. Election of officers" over the paragraphs that annotate
/// it) is read as its items with their annotations, when it gives more items.
public enum ProvisionalAgendaReader {
    /// The items with their labels ("5(a)(ii)"), and the line the agenda starts on; no
    /// items when the document holds no numbered list starting at 1.
    public static func read(_ text: String) -> (items: [ParsedAgendaItem], line: Int?) {
        let lines = lines(of: text)
        var best: (items: [ParsedAgendaItem], line: Int?) = ([], nil)
        for (index, line) in lines.enumerated() where topItem(line)?.number == 1 {
            let items = block(lines[index...])
            if items.count > best.items.count { best = (items, index + 1) }
        }
        let annotated = annotatedItems(lines)
        return annotated.items.count > best.items.count ? annotated : best
    }

    /// The line where a text seems to stop short: its last line, when that ends in the
    /// middle of a sentence (an excerpt cut at a size, a copy that lost its end).
    public static func stopsShort(_ text: String) -> Int? {
        let lines = lines(of: text)
        guard let last = lines.lastIndex(where: { !$0.isEmpty }), SentenceEnd.isCut(lines[last]) else { return nil }
        return last + 1
    }

    private static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
    }

    /// "Item 2. Credentials" headings, from item 1 on, each with the paragraphs under it
    /// (their own numbers dropped) as its annotation. A line that repeats the document's
    /// heading lines (a running head) and a page's symbol line ("/ HSP/GC/20/1/Add.1")
    /// are furniture.
    private static func annotatedItems(_ lines: [String]) -> (items: [ParsedAgendaItem], line: Int?) {
        guard let first = lines.firstIndex(where: { itemHeading($0)?.number == 1 }) else { return ([], nil) }
        let heading = Set(lines[..<first].filter { !$0.isEmpty })
        var items: [(number: Int, title: String, paragraphs: [String])] = []
        for line in lines[first...] {
            if let item = itemHeading(line) {
                guard item.number == (items.last?.number ?? 0) + 1 else { break }
                items.append((item.number, item.title, []))
            } else if line.isEmpty {
                if items[items.count - 1].paragraphs.last?.isEmpty == false {
                    items[items.count - 1].paragraphs.append("")
                }
            } else if line.hasPrefix("/") || heading.contains(where: { line.hasPrefix($0) && $0.count > 20 }) {
                continue
            } else if let number = paragraphNumber.firstMatch(in: line) {
                // A numbered paragraph starts a paragraph of its own, blank line or not.
                if items[items.count - 1].paragraphs.last?.isEmpty == false {
                    items[items.count - 1].paragraphs.append("")
                }
                items[items.count - 1].paragraphs.append(String(line[number.range.upperBound...]))
            } else {
                items[items.count - 1].paragraphs.append(line)
            }
        }
        // An excerpt cut in the middle of its last paragraph keeps the paragraphs before it.
        if var last = items.popLast() {
            while last.paragraphs.last?.isEmpty == true { last.paragraphs.removeLast() }
            if let paragraph = last.paragraphs.last, SentenceEnd.isCut(paragraph) { last.paragraphs.removeLast() }
            items.append(last)
        }
        let read = items.map { item in
            let references = ReferenceScanner.scan(item.title)
            return ParsedAgendaItem(
                label: String(item.number), title: SummaryLineClassifier.trimmingFinalPunctuation(item.title),
                resolutions: references.resolutions.map(\.key), decisions: references.decisions.map(\.key),
                annotation: AgendaAnnotation.normalized(item.paragraphs.joined(separator: "\n")))
        }
        return (read, first + 1)
    }

    private static let itemHeadingPattern = TextPattern(#"^Item\s+(\d{1,2})\.\s+(\S.*)$"#)
    private static let paragraphNumber = TextPattern(#"^\d{1,3}\.\s+"#)

    private static func itemHeading(_ line: String) -> (number: Int, title: String)? {
        guard let match = itemHeadingPattern.firstMatch(in: line), let number = match.group(1).flatMap({ Int($0) }),
            let title = match.group(2)
        else { return nil }
        return (number, title)
    }

    /// The items of the run that starts at the first line of `lines`.
    private static func block(_ lines: ArraySlice<String>) -> [ParsedAgendaItem] {
        var items: [(label: String, title: String)] = []
        var top = 0
        var letter: String?
        for line in lines {
            if line.isEmpty { continue }
            if let item = topItem(line) {
                guard item.number == top + 1 else { break }
                top = item.number
                letter = nil
                items.append((String(top), item.title))
            } else if top > 0, let (marker, title) = subItem(line) {
                // "(i)" under "(h)" is the ninth letter; under any other letter, a roman numeral.
                if let letter, isRoman(marker), !(marker == "i" && letter == "h") {
                    items.append(("\(top)(\(letter))(\(marker))", title))
                } else if marker.count == 1, marker.first!.isLetter {
                    letter = marker
                    items.append(("\(top)(\(marker))", title))
                } else {
                    break
                }
            } else if let last = items.last, !endsAnEntry(last.title), !line.hasPrefix("-") {
                // An item broken over two lines: the title goes on.
                items[items.count - 1].title = last.title + " " + line
            } else {
                break
            }
        }
        return items.map { item in
            let references = ReferenceScanner.scan(item.title)
            return ParsedAgendaItem(
                label: item.label, title: SummaryLineClassifier.trimmingFinalPunctuation(item.title),
                resolutions: references.resolutions.map(\.key), decisions: references.decisions.map(\.key))
        }
    }

    private static let top = TextPattern(#"^(\d{1,2})[.)]\s+(\S.*)$"#)
    private static let sub = TextPattern(#"^\(?([a-z]{1,4})\)\s+(\S.*)$"#)

    private static func topItem(_ line: String) -> (number: Int, title: String)? {
        guard let match = top.firstMatch(in: line), let number = match.group(1).flatMap({ Int($0) }),
            let title = match.group(2)
        else { return nil }
        return (number, title)
    }

    private static func subItem(_ line: String) -> (marker: String, title: String)? {
        guard let match = sub.firstMatch(in: line), let marker = match.group(1), let title = match.group(2) else {
            return nil
        }
        return (marker, title)
    }

    private static func isRoman(_ marker: String) -> Bool {
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"].contains(marker)
    }

    /// An agenda entry ends with its full stop, or the semicolon or colon before the next.
    private static func endsAnEntry(_ title: String) -> Bool {
        guard let last = title.last else { return true }
        return ".;:".contains(last)
    }
}
