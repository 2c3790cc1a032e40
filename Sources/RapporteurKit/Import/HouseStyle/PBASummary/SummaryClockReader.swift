/// Times of day as summaries write them: "10:00", "10.05", "13:05 hrs", "10 a.m.",
/// "1.30 p.m.", "12 noon".
enum SummaryClockReader {
    /// One time, in any of the forms above (regex fragment, one capture group).
    static let timePattern = #"([0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?\s?m\.?|noon|midnight)|[0-9]{1,2}[:.][0-9]{2})"#

    /// The words a time follows ("called to order at 10:05", "adjourned at 1 p.m."), each
    /// with its pattern for the time after it.
    static let leads: [String: TextPattern] = Dictionary(
        uniqueKeysWithValues: ["called to order at", "opened at", "adjourned at", "closed at"].map { lead in
            (lead, TextPattern(lead + #"\s+"# + timePattern, anyCase: true))
        })

    /// The time in a fragment matched by `timePattern`.
    static func time(_ written: String) -> ClockTime? {
        let lower = written.lowercased().filter { !$0.isWhitespace }
        let digits = lower.prefix(while: { $0.isNumber || $0 == ":" || $0 == "." })
        var clock = String(digits)
        if clock.hasSuffix(".") { clock.removeLast() }
        let rest = lower.dropFirst(digits.count)
        let parts = clock.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard let first = parts.first, var hour = Int(first) else { return nil }
        let minute = parts.count > 1 ? Int(parts[1]) ?? -1 : 0
        if rest.hasPrefix("p") && hour < 12 { hour += 12 }
        if rest.hasPrefix("a") && hour == 12 { hour = 0 }
        if rest.hasPrefix("midnight") && hour == 12 { hour = 0 }
        if rest.isEmpty && parts.count < 2 { return nil }
        return ClockTime(hour: hour, minute: minute)
    }

    /// The first time after one of `leads` ("called to order at", "adjourned at").
    static func time(after leads: [String], in text: String) -> ClockTime? {
        for lead in leads {
            guard let pattern = Self.leads[lead] else {
                preconditionFailure("no pattern for a time after '\(lead)': add it to SummaryClockReader.leads")
            }
            if let match = pattern.firstMatch(in: text),
                let written = match.group(1), let time = time(written)
            {
                return time
            }
        }
        return nil
    }
}
