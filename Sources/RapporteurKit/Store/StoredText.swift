import GRDB

/// The one check every text passes before the database keeps it: no NUL (U+0000).
/// GRDB hands a Swift string to SQLite as a C string, which ends at the first NUL, so
/// the value would be cut short without a word, and SQLite would never see what a
/// constraint could catch. Every other character is kept as it is; the record format
/// carries it (see `RecordFormatEscape`).
///
/// Every record type is a `TextCheckedRecord` (see the list below), so GRDB's inserts,
/// updates and saves check each text column; the few rows written with SQL of their
/// own call `check(_:)` on the record, or `check(_:field:)` on the value.
enum StoredText {
    /// Refuses a value that holds a NUL, naming the field and where in the value it is.
    static func check(_ value: String, field: String) throws {
        guard value.utf8.contains(0), let nul = value.firstIndex(of: "\u{0}") else { return }
        let position = value.distance(from: value.startIndex, to: nul) + 1
        throw RapporteurError.invalid(
            "\(field) holds a NUL character (U+0000) at character \(position), which cannot be stored; remove it")
    }

    /// Checks every text column of a record, in the order of the columns' names; the
    /// field is named as the table and column ("intervention.text").
    static func check<Record: EncodableRecord & TableRecord>(_ record: Record) throws {
        let columns = try record.databaseDictionary
        for column in columns.keys.sorted() {
            if case .string(let text) = columns[column]!.storage {
                try check(text, field: "\(Record.databaseTableName).\(column)")
            }
        }
    }
}

/// A record whose text columns `StoredText` checks whenever GRDB inserts, updates or
/// saves it.
public protocol TextCheckedRecord: MutablePersistableRecord {}

extension TextCheckedRecord {
    public func willSave(_ db: Database) throws {
        try StoredText.check(self)
    }
}

// Every record type the store writes; a new one joins this list.
extension AgendaItem: TextCheckedRecord {}
extension Ask: TextCheckedRecord {}
extension Body: TextCheckedRecord {}
extension Commitment: TextCheckedRecord {}
extension Decision: TextCheckedRecord {}
extension Document: TextCheckedRecord {}
extension FundingSnapshot: TextCheckedRecord {}
extension Intervention: TextCheckedRecord {}
extension Meeting: TextCheckedRecord {}
extension MemberState: TextCheckedRecord {}
extension Party: TextCheckedRecord {}
extension RecordReference: TextCheckedRecord {}
extension Resolution: TextCheckedRecord {}
extension Response: TextCheckedRecord {}
extension StandardAgendaItem: TextCheckedRecord {}
extension StateAlias: TextCheckedRecord {}
extension StateGroup: TextCheckedRecord {}
