import GRDB

/// Times are stored as 24-hour text ("10:05").
extension ClockTime: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { hhmm.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> ClockTime? {
        String.fromDatabaseValue(dbValue).flatMap { try? ClockTime.parse($0) }
    }
}
