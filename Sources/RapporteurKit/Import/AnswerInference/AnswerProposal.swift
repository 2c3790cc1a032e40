/// One link the answer inference proposes: a response answering an ask, with the
/// score it earned and the confidence band that score falls in.
struct AnswerProposal: Sendable, Equatable {
    let ask: String
    let response: String
    let score: Double
    let extent: AnswerExtent
    var band: AnswerConfidenceBand { AnswerConfidenceBand.of(score) }
}
