/// A line of an agenda document, trimmed, with its line number in the file; a run-in
/// agenda's line is split into one of these for each entry (`RunInAgendaSplitter`), each
/// keeping the number of the line it came from.
struct AgendaLine: Equatable {
    var text: String
    var number: Int

    var isEmpty: Bool { text.isEmpty }

    static func lines(of text: String) -> [AgendaLine] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().map {
            AgendaLine(text: String($1).trimmingCharacters(in: .whitespaces), number: $0 + 1)
        }
    }
}
