import Foundation

/// A time of day on the 24-hour clock, stored and exchanged as "HH:MM".
public struct ClockTime: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Nil unless 00:00...23:59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// "H:MM", "HH:MM" or "HH.MM", 00:00 to 23:59 (surrounding whitespace is ignored).
    public static func parse(_ text: String) throws -> ClockTime {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let chars = Array(trimmed)
        let accepted: Bool
        switch chars.count {
        case 4: accepted = chars[1] == ":"
        case 5: accepted = chars[2] == ":" || chars[2] == "."
        default: accepted = false
        }
        let hourText = accepted ? String(chars.dropLast(3)) : ""
        let minuteText = String(chars.suffix(2))
        guard accepted,
            let hour = ASCIIText.integer(hourText),
            let minute = ASCIIText.integer(minuteText),
            let time = ClockTime(hour: hour, minute: minute)
        else {
            throw TextError("'\(trimmed)' is not a time; write times as HH:MM in 24-hour form, for example 10:00")
        }
        return time
    }

    /// "09:05".
    public var hhmm: String {
        ASCIIText.zeroPadded(hour, width: 2) + ":" + ASCIIText.zeroPadded(minute, width: 2)
    }

    public var description: String { hhmm }

    /// UN style: "10 a.m.", "9.05 a.m.", "3.30 p.m.", "12 noon", "12 midnight";
    /// minutes after a full stop, and "a.m."/"p.m." with stops.
    public var twelveHour: String {
        if minute == 0 && hour == 12 { return "12 noon" }
        if minute == 0 && hour == 0 { return "12 midnight" }
        let clockHour = hour % 12 == 0 ? 12 : hour % 12
        let period = hour < 12 ? "a.m." : "p.m."
        let minutes = minute == 0 ? "" : "." + ASCIIText.zeroPadded(minute, width: 2)
        return "\(clockHour)\(minutes) \(period)"
    }

    public var minutesSinceMidnight: Int {
        hour * 60 + minute
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try ClockTime.parse(text)
        } catch let error as TextError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hhmm)
    }
}
