import GRDB

/// A record that keeps who entered it and when (`createdBy`, `createdAt`) and who changed
/// it last and when (`updatedBy`, `updatedAt`). The stamps are set here and nowhere else,
/// after GRDB's timestamped-record pattern; the user and the time are the command's
/// (`AuditStamp`), one time for every row a command writes, rather than the transaction's date.
///
/// A record is stamped with `stampInsert(by:at:)` before its insert and with
/// `stampUpdate(by:at:)` before an update that records a change of the user's; an insert
/// of a record never stamped is refused.
public protocol AuditedRecord: MutablePersistableRecord {
    var createdBy: String { get set }
    var createdAt: String { get set }
    var updatedBy: String? { get set }
    var updatedAt: String? { get set }
}

extension AuditedRecord {
    /// Marks the record as entered by `user` at `time` (ISO 8601, from `AuditStamp.now`).
    mutating func stampInsert(by user: String, at time: String) {
        createdBy = user
        createdAt = time
    }

    /// Marks the record as last changed by `user` at `time` (ISO 8601, from `AuditStamp.now`).
    mutating func stampUpdate(by user: String, at time: String) {
        updatedBy = user
        updatedAt = time
    }

    /// The update stamp's assignments for an UPDATE statement written by hand, to be bound
    /// to the user and the time in this order.
    static var stampUpdateAssignments: String { "updatedBy = ?, updatedAt = ?" }

    /// GRDB calls this before every insert: a record that was never stamped is refused
    /// rather than stored with no one and no time.
    public func willInsert(_ db: Database) throws {
        guard !createdBy.isEmpty, !createdAt.isEmpty else {
            throw DatabaseError(
                resultCode: .SQLITE_CONSTRAINT,
                message: "a row of \(Self.databaseTableName) was inserted without an audit stamp")
        }
    }
}
