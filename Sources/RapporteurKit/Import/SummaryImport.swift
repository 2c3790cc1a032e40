/// What `import summary` read, decided and stored (or, in a dry run, would store).
public struct SummaryImport: Sendable {
    /// The parser's reading, paragraph by paragraph, with why it decided as it did.
    public var summary: ParsedSummary
    /// The record built from it, with the answer links proposed.
    public var record: RecordFile
    public var report: ImportReport
    public var warnings: [Diagnostic]

    /// The inferred links, as "R3 answers Q5 in part (proposed, confidence 0.60)" or
    /// "R1 answers Q3 (confirmed, confidence 1.00)": those the import confirmed and
    /// those it leaves for an officer to review.
    public var proposedLinks: [String] {
        record.entries.flatMap { entry -> [String] in
            guard case .response(let response) = entry else { return [] }
            return response.answers.filter(\.inferred).map { answer in
                "\(response.key) answers \(answer.ask)\(answer.extent == .partial ? " in part" : "")"
                    + " (\(answer.isProposed ? "proposed" : "confirmed")"
                    + (answer.confidence.map { ", confidence \(RecordFormatValues.confidence($0))" } ?? "") + ")"
            }
        }
    }
}
