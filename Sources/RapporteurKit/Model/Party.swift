import GRDB

/// Anyone who speaks at a meeting; one row per identity.
public struct Party: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "party"

    public var id: Int64?
    public var kind: PartyKind
    public var stateId: Int64?
    public var stateGroupId: Int64?
    /// The entity, stakeholder, unit or unidentified State's tag; "" when the kind says it all.
    public var name: String

    public init(id: Int64? = nil, kind: PartyKind, stateId: Int64? = nil, stateGroupId: Int64? = nil, name: String = "")
    {
        self.id = id
        self.kind = kind
        self.stateId = stateId
        self.stateGroupId = stateGroupId
        self.name = name
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
