import GRDB

/// A response answering an ask. `origin` says who made the link (an officer, or an
/// importer's inference); `state` whether it counts yet: only a confirmed link answers.
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
    public var state: AnswerState
    public var createdBy: String
    public var createdAt: String
}
