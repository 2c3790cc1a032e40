import GRDB

/// What an intervention, response or commitment concerns.
public struct RecordReference: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "recordReference"

    public enum Source: String, Codable, Sendable {
        /// Named by the officer (a flag, or a sub-heading in an imported summary).
        case explicit
        /// Found in the text.
        case detected
        /// Taken from the agenda item, or from the record answered, when the text names none.
        case inherited
    }

    public var id: Int64?
    public var interventionId: Int64?
    public var responseId: Int64?
    public var commitmentId: Int64?
    public var resolutionId: Int64?
    public var decisionId: Int64?
    public var documentId: Int64?
    /// An operative paragraph of the resolution ("3", "2 (a)"), or "".
    public var paragraph: String
    public var source: Source

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
