/// A line of an agenda document, trimmed, with its line number in the file; a run-in
/// agenda's line is split into one of these for each entry (`RunInAgendaSplitter`), each
/// keeping the number of the line it came from.
struct AgendaLine: Equatable {
    var text: String
    var number: Int

    var isEmpty: Bool { text.isEmpty }

    static func lines(of text: String) -> [AgendaLine] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().map {
            AgendaLine(text: spacingDates(String($1).trimmingCharacters(in: .whitespaces)), number: $0 + 1)
        }
    }

    /// "4April2005" as "4 April 2005": a date whose spaces were fixed (non-breaking) in
    /// Word loses them when the document is saved as text.
    private static let gluedDate = TextPattern(
        #"\b(\d{1,2})("# + UNDate.monthNames.joined(separator: "|") + #")(\d{4})\b"#)

    private static func spacingDates(_ line: String) -> String {
        line.contains(where: \.isLetter) ? gluedDate.replacing(in: line, with: "$1 $2 $3") : line
    }
}
