import Foundation

/// Reads a meeting's agenda from the document the secretariat has: a provisional agenda
/// printed as a list (`AgendaListReader`, after `RunInAgendaSplitter` has put a run-in
/// agenda one entry a line), an annotated agenda ("Item 2. Credentials" over its
/// paragraphs, `AnnotatedAgendaReader`), the agenda a summary quotes as bullets
/// (`BulletedAgendaReader`), or a meeting page listing documents under "Agenda item
/// 1:" (`AgendaDocumentsReader`). The reading with the most items is the agenda; on a
/// tie the first of these wins, the annotated reading before the list (an annotated
/// agenda's numbered paragraphs may read as a list as long).
///
/// What is not taken for an agenda: a list starts at item 1, or at a later item only
/// right under a heading that names an agenda; an entry of more than one sentence is a
/// paragraph and ends a list. So a page's list of links (bullets, or numbers with no
/// agenda heading and not from 1 under it), a summary's numbered paragraphs and an
/// annotated agenda's numbered paragraphs are left out. Labels are those the document
/// prints: an excerpt that starts at item 2 keeps 2.
///
/// The meeting's dates, start time and venue are read from the lines before the agenda
/// (`AgendaSettingReader`); each item's resolutions, decisions and documents from its
/// title and annotation (`AgendaCitations`).
public enum ProvisionalAgendaReader {
    public static func read(_ text: String) -> ProvisionalAgenda {
        let lines = AgendaLine.lines(of: text)
        let annotated = AnnotatedAgendaReader.read(lines)
        let readings = [
            annotated.entries, AgendaListReader.read(RunInAgendaSplitter.split(lines)),
            BulletedAgendaReader.read(lines), AgendaDocumentsReader.read(lines),
        ]
        var agenda = ProvisionalAgenda()
        guard
            let best = readings.enumerated().max(by: { ($0.element.count, -$0.offset) < ($1.element.count, -$1.offset) }
            ),
            let first = best.element.first
        else { return agenda }
        agenda.items = best.element
        agenda.line = first.line
        if best.offset == 0 { agenda.opening = annotated.opening }
        agenda.setting = AgendaSettingReader.read(lines.prefix { $0.number < first.line })
        return agenda
    }

    /// The line where a text seems to stop short: its last line, when that ends in the
    /// middle of a sentence (an excerpt cut at a size, a copy that lost its end).
    public static func stopsShort(_ text: String) -> Int? {
        let lines = AgendaLine.lines(of: text)
        guard let last = lines.last(where: { !$0.isEmpty }), SentenceEnd.isCut(last.text) else { return nil }
        return last.number
    }
}
