import GRDB

/// A response answering an ask. `origin` is `inferred` for links an importer proposed
/// and no officer has confirmed yet.
public struct Answer: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "answer"

    public enum Origin: String, Codable, Sendable {
        case recorded
        case inferred
    }

    public var responseId: Int64
    public var askId: Int64
    public var extent: AnswerExtent
    public var origin: Origin
    public var confidence: Double?
    public var createdBy: String
    public var createdAt: String
}
