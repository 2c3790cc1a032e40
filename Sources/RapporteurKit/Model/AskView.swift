/// An ask with where it stands and what answered it.
public struct AskView: Codable, Hashable, Sendable {
    public var id: String
    public var intervention: String
    public var text: String
    public var status: AskStatus
    public var answers: [AnswerView]
}
