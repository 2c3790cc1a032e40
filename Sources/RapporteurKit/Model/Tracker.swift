/// The resolution tracker as of a date: each resolution's status and funding, and the
/// totals, all computed from the stored snapshots.
public struct Tracker: Codable, Sendable {
    public struct Line: Codable, Sendable {
        public var key: String
        public var title: String
        public var status: ImplementationStatus?
        public var asOf: CalendarDate?
        public var required: Int
        public var mobilized: Int
        public var countedMobilized: Int
        public var surplus: Int
        public var gap: Int
        public var gapPercent: Int
        public var note: String?
    }

    public struct Totals: Codable, Sendable {
        public var required: Int
        public var mobilized: Int
        public var gap: Int
        public var gapPercent: Int
    }

    public var asOf: CalendarDate
    public var unit: String
    public var resolutions: [Line]
    public var totals: Totals
}
