/// Splits a run-in agenda, its entries written one after another on a line or a few
/// ("1. Adoption of the agenda. 2. Update on the guidelines; a) consultations; b) next
/// steps. 3. Other matters."), into a line for each entry, as a list prints them.
///
/// A marker inside a line starts an entry only when it follows the end of an entry (a
/// full stop, semicolon, colon or comma and a space, or a run of spaces) and is the one
/// that comes next: "3." after item 2, "b)" after "a)", "(ii)" after "(i)". A number
/// in a title is none of these ("resolution 2/7", "2020–2023", "75/224",
/// "HSP/OECPR.2021/1"). A line is split when it holds two such markers, or one when the
/// line before it was split (an agenda run on over a few lines).
enum RunInAgendaSplitter {
    static func split(_ lines: [AgendaLine]) -> [AgendaLine] {
        var position = AgendaMarker.Position()
        var previousSplit = false
        var result: [AgendaLine] = []
        for line in lines {
            var trial = position
            var starts: [String.Index] = []
            for candidate in marker.allMatches(in: line.text) {
                guard let range = candidate.groupRanges[2], let written = candidate.group(2),
                    let parsed = AgendaMarker.parse(written)
                else { continue }
                let atLineStart = range.lowerBound == line.text.startIndex
                guard let next = trial.next(parsed, atLineStart: atLineStart) else { continue }
                trial = next
                starts.append(range.lowerBound)
            }
            let midLine = starts.filter { $0 != line.text.startIndex }.count
            if starts.count >= 2 || (midLine >= 1 && previousSplit) {
                position = trial
                previousSplit = true
                var bounds = starts
                if bounds.first != line.text.startIndex { bounds.insert(line.text.startIndex, at: 0) }
                for (index, start) in bounds.enumerated() {
                    let end = index + 1 < bounds.count ? bounds[index + 1] : line.text.endIndex
                    let piece = line.text[start..<end].trimmingCharacters(in: .whitespaces)
                    if !piece.isEmpty { result.append(AgendaLine(text: piece, number: line.number)) }
                }
                continue
            }
            previousSplit = false
            // A line that starts an entry moves the list on, split or not.
            if let first = marker.prefixMatch(in: line.text), let written = first.group(2),
                let parsed = AgendaMarker.parse(written)
            {
                position = position.next(parsed, atLineStart: true) ?? Self.restart(parsed, from: position)
            }
            result.append(line)
        }
        return result
    }

    /// A line that starts an entry out of turn starts the count again from it.
    private static func restart(_ marker: AgendaMarker, from position: AgendaMarker.Position)
        -> AgendaMarker.Position
    {
        switch marker.kind {
        case .number(let number): return AgendaMarker.Position(top: number)
        case .letters: return AgendaMarker.Position(top: position.top, letter: nil, roman: nil)
        }
    }

    /// Where an entry may start: the start of the line, or after the end of an entry.
    private static let marker = TextPattern(#"(^|[.;:,]\s+|\s{2,})(\(?[a-z]{1,4}\)|\d{1,2}[.)])\s+(?=\S)"#)
}
