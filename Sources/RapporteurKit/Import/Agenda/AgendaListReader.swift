/// Reads an agenda printed as a list: items "1.", "2." …, sub-items "(a)" or "a)", and
/// their parts "(i)", each entry on its line (a run-in agenda split first by
/// `RunInAgendaSplitter`), an entry broken over two lines joined again.
///
/// A list is an agenda when it starts at item 1, or at a later item right under a
/// heading that names an agenda ("Provisional agenda", "Agenda (continued)"); so a
/// summary's numbered paragraphs, which follow "Agenda item 2 – …" or no heading at all,
/// are not taken for one. An entry that reads as more than one sentence is a paragraph,
/// not an item's title, and ends the list (so does one longer than a title runs). Within the list, a line that repeats the
/// item or sub-item just read (the heading again at the top of the next page), a page
/// number, a symbol line ("/ HSP/GC/20/1/Add.1") and a line repeating the document's
/// heading (a running head) are page furniture.
enum AgendaListReader {
    /// The longest list that reads as an agenda.
    static func read(_ lines: [AgendaLine]) -> [AgendaEntry] {
        var best: [AgendaEntry] = []
        // A list that starts inside one already read is part of it, and no longer.
        var readUpTo = -1
        for (index, line) in lines.enumerated() where index > readUpTo {
            guard let first = AgendaListEntry.top(line.text), first.number == 1 || underAgendaHeading(lines, index)
            else { continue }
            let (entries, end) = list(lines, from: index)
            readUpTo = end
            if entries.count > best.count { best = entries }
        }
        return best
    }

    /// The document's heading: its first lines (up to 40, blank lines aside) before `end`,
    /// which a page may repeat as its running head.
    static func heading(_ lines: [AgendaLine], before end: Int) -> Set<String> {
        Set(lines[..<end].lazy.map(\.text).filter { !$0.isEmpty }.prefix(40))
    }

    /// Whether one of the two lines before `index` (blank lines aside) is an agenda's heading.
    static func underAgendaHeading(_ lines: [AgendaLine], _ index: Int) -> Bool {
        lines[..<index].reversed().lazy.filter { !$0.isEmpty }.prefix(2).contains {
            agendaHeading.wholeMatch(in: $0.text) != nil
        }
    }

    /// "Provisional agenda", "Proposed Provisional Agenda", "Agenda (continued)",
    /// "Annotated provisional agenda:"; not "Agenda item 2 – …".
    private static let agendaHeading = TextPattern(
        #"(?:(?:proposed|draft|revised|annotated|adopted|final)\s+)*(?:provisional\s+)?agenda(?:\s+\((?:continued|cont\.)\))?\s*:?"#,
        anyCase: true)

    /// The list that starts at `start`, and the index of the last line it took (the
    /// line that ends it is not one: another list may start there).
    private static func list(_ lines: [AgendaLine], from start: Int) -> ([AgendaEntry], Int) {
        var entries: [AgendaEntry] = []
        var position = AgendaMarker.Position()
        let heading = heading(lines, before: start)
        var end = start
        for (index, line) in zip(lines.indices[start...], lines[start...]) {
            guard take(line, into: &entries, at: &position, heading: heading) else { break }
            end = index
        }
        let read = entries.map { entry in
            var entry = entry
            entry.title = entry.title.map(SummaryLineClassifier.trimmingFinalPunctuation)
            return entry.citing()
        }
        return (read, end)
    }

    /// Takes one line into the list: an entry, the rest of the entry before it, or page
    /// furniture; false when the line ends the list.
    private static func take(
        _ line: AgendaLine, into entries: inout [AgendaEntry], at position: inout AgendaMarker.Position,
        heading: Set<String>
    ) -> Bool {
        if line.isEmpty || isFurniture(line.text, heading: heading) { return true }
        if let item = AgendaListEntry.top(line.text) {
            if item.number == position.top, let last = entries.last(where: { $0.depth == 0 }),
                AgendaListEntry.sameTitle(last.title, item.title)
            {
                return true
            }
            guard item.number == (position.top ?? item.number - 1) + 1, !SentenceBreak.holdsTwo(item.title)
            else { return false }
            position = AgendaMarker.Position(top: item.number)
            entries.append(AgendaEntry(label: String(item.number), title: item.title, line: line.number))
        } else if let top = position.top, let (written, title) = AgendaListEntry.sub(line.text) {
            if let last = entries.last, last.depth > 0, AgendaListEntry.sameTitle(last.title, title),
                last.label.hasSuffix("(\(written))")
            {
                return true
            }
            guard let marker = AgendaMarker.parse("(\(written))"),
                let next = position.next(marker, atLineStart: false), !SentenceBreak.holdsTwo(title)
            else { return false }
            position = next
            let label = next.roman != nil ? "\(top)(\(next.letter!))(\(written))" : "\(top)(\(written))"
            entries.append(AgendaEntry(label: label, title: title, line: line.number))
        } else if let last = entries.last, let title = last.title, !AgendaListEntry.endsAnEntry(title),
            !line.text.hasPrefix("-")
        {
            // An item broken over two lines: the title goes on, unless it then reads as
            // a paragraph, which is no item.
            let joined = title + " " + line.text
            guard !SentenceBreak.holdsTwo(joined), joined.count <= maximumTitle else {
                entries.removeLast()
                return false
            }
            entries[entries.count - 1].title = joined
        } else {
            return false
        }
        return true
    }

    /// A page number, a symbol line, or a line of the document's heading (the lines
    /// before the agenda) repeated as a running head, whole or, when long, at the start.
    static func isFurniture(_ line: String, heading: Set<String>) -> Bool {
        pageNumber.wholeMatch(in: line) != nil || line.hasPrefix("/ ") || heading.contains(line)
            || heading.contains { $0.count > 20 && line.hasPrefix($0) }
    }

    /// Longer than this, an entry is a paragraph: the longest titles of the Board's and
    /// the Assembly's agendas run to some 250 characters.
    private static let maximumTitle = 400

    private static let pageNumber = TextPattern(#"(?:page\s+)?\d{1,3}"#, anyCase: true)
}
