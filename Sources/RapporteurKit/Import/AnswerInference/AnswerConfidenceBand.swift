/// Bands of the inference's link score, each with the share of its links an officer's
/// reading found right. Measured on seed 004 against the officer's reading in
/// Tests/RapporteurKitTests/Fixtures/seed-004-answers.txt (the seed test recomputes
/// every band's precision and fails when this table no longer matches it): below 6,
/// 8 of 9 links right; from 6, 12 of 14; from 10, 14 of 14.
struct AnswerConfidenceBand: Sendable, Equatable {
    let lowestScore: Double
    let precision: Double

    static let table: [AnswerConfidenceBand] = [
        AnswerConfidenceBand(lowestScore: 0, precision: 0.89),
        AnswerConfidenceBand(lowestScore: 6, precision: 0.86),
        AnswerConfidenceBand(lowestScore: 10, precision: 1.00),
    ]

    /// From this measured precision on a link is taken as confirmed by the import.
    static let confirmedFrom = 0.90

    static func of(_ score: Double) -> AnswerConfidenceBand {
        table.last { score >= $0.lowestScore } ?? table[0]
    }

    var confirms: Bool { precision >= Self.confirmedFrom }
}
