/// Bands of the inference's link score, each with the share of its links an officer's
/// reading found right. Measured on seed 004 against the officer's reading in
/// Tests/RapporteurKitTests/Fixtures/seed-004-answers.txt (the seed test recomputes
/// every band's precision and fails when this table no longer matches it): below 6,
/// 12 of 12 links right; from 6, 11 of 11; from 10, 15 of 15; on a second look at an
/// ask left open, 3 of 5. The rules were worked out on the same seed, so the first
/// three are what one document allows, not a guarantee: a second measured document
/// will tell the bands apart.
struct AnswerConfidenceBand: Sendable, Equatable {
    let lowestScore: Double
    let precision: Double

    static let table: [AnswerConfidenceBand] = [
        AnswerConfidenceBand(lowestScore: 0, precision: 1.00),
        AnswerConfidenceBand(lowestScore: 6, precision: 1.00),
        AnswerConfidenceBand(lowestScore: 10, precision: 1.00),
    ]

    /// Links proposed on a second look at an ask left open, whatever their score.
    static let secondLook = AnswerConfidenceBand(lowestScore: -1, precision: 0.60)

    /// From this measured precision on a link is taken as confirmed by the import (and
    /// kept confirmed by Schema/0013_answer_link_state.sql, for links inferred before).
    static let confirmedFrom = 0.90

    static func of(_ score: Double) -> AnswerConfidenceBand {
        table.last { score >= $0.lowestScore } ?? table[0]
    }

    var confirms: Bool { precision >= Self.confirmedFrom }
}
