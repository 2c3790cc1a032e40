/// What removing a meeting takes with it, as `meeting remove` lists it before and
/// after. Answers other meetings gave to its asks go with the asks; the responses
/// that gave them stay in their own meetings' records. The asks of other meetings
/// that its responses answered fall back to the status their other answers give them.
public struct MeetingRemoval: Sendable, Equatable {
    public var meeting: String
    public var items: Int
    public var interventions: [String]
    public var asks: [String]
    public var responses: [String]
    public var commitments: [String]
    /// "R12 (EB-2024-2) answered Q3": answers from other meetings to this one's asks.
    public var answersFromElsewhere: [String]
    /// "Q40 (PBA-57)": asks of other meetings that this one's responses answered.
    public var asksAnsweredElsewhere: [String]
    /// "provisional agenda HSP/EB.2025/1": the meeting's documents, their symbols with them.
    public var documents: [String] = []

    /// The lines `meeting remove` prints, one a kind of record, those with none left out.
    public var lines: [String] {
        var lines = ["the meeting \(meeting)"]
        func add(_ noun: String, _ plural: String, _ list: [String]) {
            guard !list.isEmpty else { return }
            lines.append("\(list.count) \(list.count == 1 ? noun : plural): \(list.joined(separator: ", "))")
        }
        if items > 0 { lines.append("\(items) agenda item\(items == 1 ? "" : "s")") }
        add("document", "documents", documents)
        add("intervention", "interventions", interventions)
        add("ask", "asks", asks)
        add("response", "responses", responses)
        add("commitment", "commitments", commitments)
        add("answer from another meeting to its asks", "answers from other meetings to its asks", answersFromElsewhere)
        add(
            "answer it gave to another meeting's ask (the ask keeps its other answers)",
            "answers it gave to other meetings' asks (the asks keep their other answers)", asksAnsweredElsewhere)
        return lines
    }
}
