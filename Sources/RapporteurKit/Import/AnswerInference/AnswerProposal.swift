/// One link the answer inference proposes: a response answering an ask, with the
/// score it earned and the confidence band that score falls in.
struct AnswerProposal: Sendable, Equatable {
    let ask: String
    let response: String
    let score: Double
    var extent: AnswerExtent
    /// Proposed on a second look at an ask the links left open, never by its score.
    var secondLook = false
    var band: AnswerConfidenceBand { secondLook ? .secondLook : AnswerConfidenceBand.of(score) }
}
