/// The tracker as a document: one row a resolution with its figures written the
/// tracker's way ($1,085K, 64%), the totals, and a note for every surplus, since
/// mobilized counts towards the totals only up to what was required.
public struct TrackerDocument: Sendable {
    public struct Row: Sendable, Hashable {
        public let key: String
        public let title: String
        public let status: String
        public let required: String
        public let mobilized: String
        public let gap: String
        public let gapPercent: String
    }

    public let title: String
    public let rows: [Row]
    public let total: Row
    /// "Resolution 2/6: $24,638K mobilized against $10,202K required, a surplus of $14,436K; …".
    public let surpluses: [String]
    public let notes: [String]
    /// Stored, not computed: templates see stored properties only.
    public let hasSurpluses: Bool
    public let hasNotes: Bool

    /// Typeset for documents people read (`Typography`); `csv` keeps what was stored.
    public init(_ tracker: Tracker, typesetting: Typesetting = .typeset) {
        title = typesetting.apply("Funding level of resolutions, as of \(UNDate.long(tracker.asOf)) (US$ thousands)")
        rows = tracker.resolutions.map { line in
            Row(
                key: line.key, title: typesetting.apply(line.title), status: line.status?.words ?? "",
                required: DollarThousands.written(line.required), mobilized: DollarThousands.written(line.mobilized),
                gap: DollarThousands.written(line.gap), gapPercent: "\(line.gapPercent)%")
        }
        total = Row(
            key: "Total", title: "", status: "", required: DollarThousands.written(tracker.totals.required),
            mobilized: DollarThousands.written(tracker.totals.mobilized),
            gap: DollarThousands.written(tracker.totals.gap),
            gapPercent: "\(tracker.totals.gapPercent)%")
        surpluses = typesetting.apply(
            tracker.resolutions.filter { $0.surplus > 0 }.map { line in
                "Resolution \(line.key): \(DollarThousands.written(line.mobilized)) mobilized against "
                    + "\(DollarThousands.written(line.required)) required, a surplus of \(DollarThousands.written(line.surplus)); "
                    + "the total counts \(DollarThousands.written(line.countedMobilized))."
            })
        notes = typesetting.apply(
            tracker.resolutions.compactMap { line in line.note.map { "Resolution \(line.key): \($0)" } })
        hasSurpluses = !surpluses.isEmpty
        hasNotes = !notes.isEmpty
    }

    /// The same table as CSV, for spreadsheets: plain numbers in thousands.
    public static func csv(_ tracker: Tracker) -> String {
        func field(_ text: String) -> String {
            text.contains(",") || text.contains("\"")
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var lines = ["resolution,title,status,required,mobilized,counted_mobilized,surplus,gap,gap_percent"]
        for line in tracker.resolutions {
            lines.append(
                [
                    line.key, field(line.title), line.status?.words ?? "", "\(line.required)", "\(line.mobilized)",
                    "\(line.countedMobilized)", "\(line.surplus)", "\(line.gap)", "\(line.gapPercent)",
                ]
                .joined(separator: ","))
        }
        let totals = tracker.totals
        lines.append(
            "Total,,,\(totals.required),\(totals.mobilized),\(totals.mobilized),,\(totals.gap),\(totals.gapPercent)")
        return lines.joined(separator: "\n") + "\n"
    }
}
