/// Dates written the UN way: "16 October 2024", "4–6 December 2024",
/// "from 29 November to 1 December 2023". Day first, no ordinal suffix, no comma
/// before the year; a fixed English table, never the machine's locale.
public enum UNDate {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    static let enDash = "\u{2013}"

    /// "January" ... "December" for 1...12.
    public static func monthName(_ m: Int) -> String {
        precondition((1...12).contains(m), "UNDate.monthName covers 1...12, not \(m)")
        return monthNames[m - 1]
    }

    /// "16 October 2024".
    public static func long(_ d: CalendarDate) -> String {
        "\(d.day) \(monthName(d.month)) \(d.year)"
    }

    /// "Wednesday, 16 October 2024".
    public static func withWeekday(_ d: CalendarDate) -> String {
        "\(d.weekdayName), \(long(d))"
    }

    /// "16 October 2024", "4–6 December 2024", "29 November–1 December 2023",
    /// "30 December 2024–2 January 2025" (en dash, no spaces). Callers pass the
    /// dates in order; they are written as given.
    public static func range(_ from: CalendarDate, _ to: CalendarDate) -> String {
        if from == to { return long(from) }
        if from.year == to.year && from.month == to.month {
            return "\(from.day)\(enDash)\(to.day) \(monthName(to.month)) \(to.year)"
        }
        if from.year == to.year {
            return "\(from.day) \(monthName(from.month))\(enDash)\(long(to))"
        }
        return long(from) + enDash + long(to)
    }

    /// The range for running text: "from 4 to 6 December 2024",
    /// "from 29 November to 1 December 2023", "from 30 December 2024 to 2 January 2025";
    /// a single day is "on 16 October 2024".
    public static func proseRange(_ from: CalendarDate, _ to: CalendarDate) -> String {
        if from == to { return "on " + long(from) }
        if from.year == to.year && from.month == to.month {
            return "from \(from.day) to \(long(to))"
        }
        if from.year == to.year {
            return "from \(from.day) \(monthName(from.month)) to \(long(to))"
        }
        return "from \(long(from)) to \(long(to))"
    }

    /// A date as people write it: "16 October 2024", "Wednesday, 16 October 2024",
    /// "16th October 2024", "October 16, 2024", "16 Oct 2024", "16 Oct. 2024" or
    /// "2024-10-16". Nil for anything else, for impossible dates, for years outside
    /// `CalendarDate.enteredYears`, and when a weekday is given that does not match the
    /// date (one of the two is wrong).
    public static func parse(_ text: String) -> CalendarDate? {
        if let iso = try? CalendarDate.parse(text) { return iso }
        var tokens = text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0.isWhitespace })
            .map(String.init)
        var statedWeekday: Int?
        if let first = tokens.first, let weekday = weekdayNumber(first) {
            statedWeekday = weekday
            tokens.removeFirst()
        }
        guard tokens.count == 3, let year = fourDigitYear(tokens[2]) else { return nil }
        let date: CalendarDate?
        if let month = monthNumber(tokens[1]), let day = dayNumber(tokens[0]) {
            date = CalendarDate(year: year, month: month, day: day)
        } else if let month = monthNumber(tokens[0]), let day = dayNumber(tokens[1]) {
            date = CalendarDate(year: year, month: month, day: day)
        } else {
            date = nil
        }
        guard let date, CalendarDate.enteredYears.contains(date.year) else { return nil }
        if let statedWeekday, statedWeekday != date.weekday { return nil }
        return date
    }

    /// "october", "oct", "oct." and "sept" -> 10 or 9.
    static func monthNumber(_ token: String) -> Int? {
        let word = token.hasSuffix(".") ? String(token.dropLast()) : token
        if word == "sept" { return 9 }
        for (index, name) in monthNames.enumerated() {
            let lower = name.lowercased()
            if word == lower || word == lower.prefix(3) { return index + 1 }
        }
        return nil
    }

    /// "wednesday", "wed", "wed." -> 3.
    static func weekdayNumber(_ token: String) -> Int? {
        let word = token.hasSuffix(".") ? String(token.dropLast()) : token
        for (index, name) in CalendarDate.weekdayNames.enumerated() {
            let lower = name.lowercased()
            if word == lower || word == lower.prefix(3) { return index + 1 }
        }
        return nil
    }

    /// "16" or "16th" (the suffix must be the right one: not "16st").
    static func dayNumber(_ token: String) -> Int? {
        if let day = ASCIIText.integer(token), token.count <= 2 { return day }
        guard let day = OrdinalWords.parse(token), ASCIIText.isDigit(token.first ?? "x") else { return nil }
        return day
    }

    static func fourDigitYear(_ token: String) -> Int? {
        token.count == 4 ? ASCIIText.integer(token) : nil
    }
}
