import GRDB

/// A resolution's resources required and mobilized as of a date, in whole units of
/// the tracker's unit (US$ thousands).
public struct FundingSnapshot: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "fundingSnapshot"

    public var id: Int64?
    public var resolutionId: Int64
    public var asOf: CalendarDate
    public var required: Int
    public var mobilized: Int
    public var unit: String
    public var note: String?
    /// The gap and gap per cent the source document showed, when it showed them: kept so
    /// that `tracker check` can set them against the arithmetic.
    public var shownGap: Int?
    public var shownGapPercent: Int?
    public var source: String?
    public var createdBy: String
    public var createdAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
