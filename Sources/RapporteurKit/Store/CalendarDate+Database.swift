import GRDB

/// Dates are stored as ISO text ("2024-10-16"), which sorts and compares correctly in SQL.
extension CalendarDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
        String.fromDatabaseValue(dbValue).flatMap { try? CalendarDate.parse($0) }
    }
}
