/// When a commitment falls due, in a document's words: a date as the UN writes it
/// ("31 December 2024"), a later meeting with its first day ("by EB-2024-2 (4 December
/// 2024)", or word that it is not planned yet), else as stored ("upon request", "as
/// early as possible"); nil when it has no due. JSON keeps the ISO dates.
extension CommitmentView {
    var dueWords: String? { dueDate.map(UNDate.long) ?? due.map { $0 + dueMeetingNote } }

    /// "due 31 December 2024", "due upon request", or "no due date": a clause that reads
    /// whole in a list line.
    var dueClause: String { dueWords.map { "due " + $0 } ?? "no due date" }

    /// After a due meeting, the day it starts (" (4 December 2024)") or word that it is
    /// not planned yet (" (EB-2024-2 is not planned yet)"); empty for any other due.
    var dueMeetingNote: String {
        guard let meeting = dueMeeting else { return "" }
        return dueMeetingDate.map { " (\(UNDate.long($0)))" } ?? " (\(meeting) is not planned yet)"
    }
}
