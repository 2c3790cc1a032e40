import Foundation

/// A day in the proleptic Gregorian calendar, with no time or time zone.
/// Stored and exchanged as "YYYY-MM-DD"; all arithmetic is done on day counts so
/// nothing depends on the machine's calendar or locale.
///
/// A date exists in the years 1 to 9999, which YYYY can write; dates are entered
/// (typed, imported, read from a document) only in `enteredYears`, so that any day
/// computed from them (a due date, a deadline) is a date too.
public struct CalendarDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a date may be entered in: the governing bodies' records, past and
    /// planned, with room on both sides.
    public static let enteredYears = 1900...2999

    /// Nil unless the date exists (years 1...9999, so that it can be written as YYYY-MM-DD).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysInMonth(month, of: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Strict "YYYY-MM-DD" (surrounding whitespace is ignored).
    public static func parse(_ text: String) throws -> CalendarDate {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let chars = Array(trimmed)
        let shapeIsRight =
            chars.count == 10 && chars[4] == "-" && chars[7] == "-"
            && [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { ASCIIText.isDigit(chars[$0]) }
        guard shapeIsRight,
            let year = Int(String(chars[0..<4])),
            let month = Int(String(chars[5..<7])),
            let day = Int(String(chars[8..<10]))
        else {
            throw TextError("'\(trimmed)' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16")
        }
        guard year >= 1 else {
            throw TextError(
                "'\(trimmed)' is not a date: there is no year 0000; write dates as YYYY-MM-DD, for example 2024-10-16")
        }
        guard (1...12).contains(month) else {
            throw TextError(
                "'\(trimmed)' is not a date: months run from 01 to 12; write dates as YYYY-MM-DD, for example 2024-10-16"
            )
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            let length = daysInMonth(month, of: year)
            throw TextError("'\(trimmed)' is not a date: \(UNDate.monthName(month)) \(year) has \(length) days")
        }
        guard enteredYears.contains(year) else {
            throw TextError(
                "'\(trimmed)' is outside the years Rapporteur works with, \(enteredYears.lowerBound) to "
                    + "\(enteredYears.upperBound); write dates as YYYY-MM-DD, for example 2024-10-16")
        }
        return date
    }

    /// "2024-10-16".
    public var iso: String {
        ASCIIText.zeroPadded(year, width: 4) + "-" + ASCIIText.zeroPadded(month, width: 2)
            + "-" + ASCIIText.zeroPadded(day, width: 2)
    }

    public var description: String { iso }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 (day 0) was a Thursday, ISO weekday 4.
        let mondayBased = (daysSinceEpoch + 3) % 7
        return (mondayBased + 7) % 7 + 1
    }

    /// "Monday" ... "Sunday".
    public var weekdayName: String {
        CalendarDate.weekdayNames[weekday - 1]
    }

    /// The date `days` later (earlier when negative). A result before 0001-01-01 or after
    /// 9999-12-31, which no entered date comes near, stops at that end: check with
    /// `days(until:)` where it matters.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        return Self.clamped(daysSinceEpoch: overflow ? (days < 0 ? Int.min : Int.max) : sum)
    }

    private static func clamped(daysSinceEpoch days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: min(max(days, first.daysSinceEpoch), last.daysSinceEpoch))
    }

    /// The first and last dates that YYYY-MM-DD can write.
    static let first = CalendarDate(uncheckedYear: 1, month: 1, day: 1)
    static let last = CalendarDate(uncheckedYear: 9999, month: 12, day: 31)

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Positive when `other` is later: 2024-12-04 to 2024-12-06 is 2.
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// Today's date in UTC.
    public static func today() -> CalendarDate {
        let seconds = Date().timeIntervalSince1970
        return clamped(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CalendarDate.parse(text)
        } catch let error as TextError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    static let weekdayNames = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9  // March = 0, so leap day comes last
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysSinceEpoch` (Howard Hinnant's civil_from_days), for a day
    /// count within those of `first` and `last`.
    private init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.year = year
        self.month = month
        self.day = day
    }
}
