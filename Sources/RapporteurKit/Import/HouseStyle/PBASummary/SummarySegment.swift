/// The part of a numbered paragraph that one speaker (or no recognised speaker) says.
struct SummarySegment {
    /// A clause and whether it starts its sentence.
    struct Entry {
        var clause: SummaryClause
        var startsSentence: Bool
    }

    var speakers: [String]
    var named: Bool
    var subject: SummarySubject?
    /// How the speaker was read, for the explanation: "unnamed State B".
    var speakerNote: String
    var entries: [Entry]

    /// The segment's words as written.
    var text: String {
        entries.map(\.clause.text).joined(separator: " ")
    }
}
