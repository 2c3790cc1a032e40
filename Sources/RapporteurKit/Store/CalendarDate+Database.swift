import GRDB

/// Dates are stored as ISO text ("2024-10-16"), which sorts and compares correctly in SQL.
extension CalendarDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
        guard let text = String.fromDatabaseValue(dbValue) else { return nil }
        return fromStoredISO(text) ?? (try? CalendarDate.parse(text))
    }

    /// The date of "2024-10-16" read straight from its bytes, as every stored date is
    /// written; nil for anything else, which `parse` then judges. Lists decode thousands
    /// of dates, and `parse` (trimming through Foundation, then characters) made reading
    /// the meetings a large part of a summary's work. Same result as `parse`.
    private static func fromStoredISO(_ text: String) -> CalendarDate? {
        var utf8 = text.utf8.makeIterator()
        var fields = [0, 0, 0]
        for (index, length) in [4, 2, 2].enumerated() {
            if index > 0, utf8.next() != UInt8(ascii: "-") { return nil }
            for _ in 0..<length {
                guard let byte = utf8.next(), (0x30...0x39).contains(byte) else { return nil }
                fields[index] = fields[index] * 10 + Int(byte - 0x30)
            }
        }
        guard utf8.next() == nil, fields[0] >= 1, (1...12).contains(fields[1]) else { return nil }
        return CalendarDate(year: fields[0], month: fields[1], day: fields[2])
    }
}
