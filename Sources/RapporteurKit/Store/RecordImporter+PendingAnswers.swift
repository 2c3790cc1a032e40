extension RecordImporter {
    /// What a meeting's record links once every meeting is in: its responses' answers
    /// and the asks it closes, with its asks by key.
    struct PendingAnswers {
        let file: String
        let meetingId: Int64
        let responses: [(id: Int64, line: Int, answers: [RecordFile.Answer])]
        let closures: [(id: Int64, line: Int, ask: RecordFile.Ask)]
        let asksByKey: [String: Int64]
    }
}
