import Foundation

/// Finds the meeting's dates, start time and venue in the lines of an agenda document
/// before the agenda itself (its heading, the page's opening sentence, an annotated
/// agenda's "Opening of the session").
///
/// Dates are a span ("19 and 20 November 2019", "4–8 April 2005", "from 29 June to 1 July
/// 2021") or one day the text ties to the meeting ("held on 16 October 2024", a weekday
/// before it): a document's date of issue ("24 January 2005" alone on its line) is not
/// the meeting's. The time is the one the meeting starts at ("starting at 9.00 a.m.",
/// "will be opened at 10 a.m.", "10:00 – 13:00" after the date). The venue is a room
/// ("Conference Room 2"), with the place it is in when the sentence says so ("at United
/// Nations offices at Gigiri, Nairobi, Kenya"), or the city a UN document prints before
/// its dates ("Nairobi, 4–8 April 2005"), or a room named on the line after the date.
enum AgendaSettingReader {
    static func read(_ lines: some Collection<AgendaLine>) -> AgendaSetting {
        var setting = AgendaSetting()
        let lines = Array(lines)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            if setting.startDate == nil, let (span, range) = dates(in: line.text) {
                (setting.startDate, setting.endDate) = span
                setting.datesLine = line.number
                if setting.venue == nil, let city = cityBefore(range, in: line.text) {
                    (setting.venue, setting.venueLine) = (city, line.number)
                }
                if setting.startTime == nil,
                    let times = timeRange.firstMatch(in: String(line.text[range.upperBound...])),
                    let start = times.group(1).flatMap(SummaryClockReader.time)
                {
                    (setting.startTime, setting.endTime) = (start, times.group(2).flatMap(SummaryClockReader.time))
                    setting.timeLine = line.number
                }
                if setting.venue == nil, let next = lines[(index + 1)...].first(where: { !$0.isEmpty }),
                    roomLine.wholeMatch(in: next.text) != nil
                {
                    (setting.venue, setting.venueLine) = (next.text, next.number)
                }
            }
            if setting.venue == nil, let room = room.firstMatch(in: line.text), let name = room.group(1) {
                let place = self.place.firstMatch(in: line.text).flatMap { $0.group(1) }
                setting.venue = [name, place].compactMap { $0 }.map(trimmed).joined(separator: ", ")
                setting.venueLine = line.number
            }
            if setting.startTime == nil, let match = startTime.firstMatch(in: line.text),
                let time = match.group(1).flatMap(SummaryClockReader.time)
            {
                (setting.startTime, setting.timeLine) = (time, line.number)
            }
        }
        return setting
    }

    private static let month = "(" + UNDate.monthNames.joined(separator: "|") + ")"
    private static let dash = #"\s*(?:–|-|‒|—|to|and)\s*"#
    /// "4–8 April 2005", "19 and 20 November 2019".
    private static let sameMonth = TextPattern(#"\b(\d{1,2})"# + dash + #"(\d{1,2})\s+"# + month + #"\s+(\d{4})\b"#)
    /// "29 June to 1 July 2021".
    private static let twoMonths = TextPattern(
        #"\b(\d{1,2})\s+"# + month + dash + #"(\d{1,2})\s+"# + month + #"\s+(\d{4})\b"#)
    /// "held on 16 October 2024", "Wednesday, 16 October 2024".
    private static let oneDay = TextPattern(
        #"(?:\b(?:held|meet|meets|take\s+place|takes\s+place|convened?)\s+on\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)(\d{1,2})\s+"#
            + month + #"\s+(\d{4})\b"#)

    private static func dates(in text: String) -> ((CalendarDate, CalendarDate), Range<String.Index>)? {
        if let match = twoMonths.firstMatch(in: text), let year = match.group(5),
            let first = UNDate.parse("\(match.group(1)!) \(match.group(2)!) \(year)"),
            let last = UNDate.parse("\(match.group(3)!) \(match.group(4)!) \(year)"), first <= last
        {
            return ((first, last), match.range)
        }
        if let match = sameMonth.firstMatch(in: text), let month = match.group(3), let year = match.group(4),
            let first = UNDate.parse("\(match.group(1)!) \(month) \(year)"),
            let last = UNDate.parse("\(match.group(2)!) \(month) \(year)"), first <= last
        {
            return ((first, last), match.range)
        }
        if let match = oneDay.firstMatch(in: text),
            let day = UNDate.parse("\(match.group(1)!) \(match.group(2)!) \(match.group(3)!)")
        {
            return ((day, day), match.range)
        }
        return nil
    }

    /// "Nairobi" in "Nairobi, 4–8 April 2005", the line starting with it.
    private static func cityBefore(_ range: Range<String.Index>, in text: String) -> String? {
        let before = text[..<range.lowerBound]
        guard before.hasSuffix(", ") || before.hasSuffix(","), city.wholeMatch(in: trimmed(String(before))) != nil
        else { return nil }
        return trimmed(String(before))
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;"))
    }

    private static let city = TextPattern(#"[A-Z][A-Za-z'’\- ]{1,30}"#)
    private static let room = TextPattern(#"\b((?:UNON\s+)?Conference\s+Room\s+[0-9A-Z]{1,3})\b"#, anyCase: true)
    private static let roomLine = TextPattern(#"(?:UNON\s+)?Conference\s+Room\s+[0-9A-Z]{1,3}.{0,40}"#, anyCase: true)
    /// "at United Nations offices at Gigiri, Nairobi, Kenya".
    private static let place = TextPattern(
        #"\bat\s+((?:the\s+)?United\s+Nations\s+(?:[Oo]ffices?|[Hh]eadquarters)\b[^.;]*)"#)
    private static let startTime = TextPattern(
        #"\b(?:starting|start|starts|begin|begins|beginning|commencing|commences|opened|open)\s+at\s+"#
            + SummaryClockReader.timePattern, anyCase: true)
    private static let timeRange = TextPattern(
        #"^[,\s]*"# + SummaryClockReader.timePattern + #"(?:\s*(?:–|-|‒|—|to)\s*"# + SummaryClockReader.timePattern
            + ")?")
}
