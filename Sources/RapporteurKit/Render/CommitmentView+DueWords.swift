/// When a commitment falls due, in a document's words: a date as the UN writes it
/// ("31 December 2024"), else as stored ("by EB-2024-2", "upon request"); nil when it
/// has no due date. JSON keeps the ISO date.
extension CommitmentView {
    var dueWords: String? { dueDate.map(UNDate.long) ?? due }
}
