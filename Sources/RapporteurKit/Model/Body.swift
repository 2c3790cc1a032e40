import GRDB

/// A governing body and its house conventions (per-body settings, never constants in code).
public struct Body: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord, AuditedRecord {
    public static let databaseTableName = "body"

    public var id: Int64?
    public var code: String
    /// The full name as it reads after "the" in running text.
    public var name: String
    public var shortName: String
    public var parentBodyId: Int64?
    /// The resolution that created the body, as a key ("2/7").
    public var establishedBy: String?
    public var meetingNumbering: MeetingNumbering
    public var meetingNoun: String
    public var ordinalStyle: OrdinalStyle
    public var timeStyle: TimeStyle
    public var timeZoneLabel: String
    public var timeZoneName: String
    public var attributionStyle: AttributionStyle
    public var secretariatWord: String
    public var documentLeadDays: Int
    public var symbolPrefix: String
    /// How its documents are distributed ("Distr.: General"), as their mastheads say.
    public var distribution: Distribution = .general
    /// Set by `stampInsert(by:at:)` (see `AuditedRecord`), as are the two below by `stampUpdate(by:at:)`.
    public var createdBy: String = ""
    public var createdAt: String = ""
    public var updatedBy: String?
    public var updatedAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The name at the start of a line or in a list: "Ad hoc working group on …".
    public var displayName: String {
        name.prefix(1).uppercased() + name.dropFirst()
    }
}
