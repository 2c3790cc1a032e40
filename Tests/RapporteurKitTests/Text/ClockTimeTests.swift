import Foundation
import Testing

@testable import RapporteurKit

struct ClockTimeTests {
    @Test(arguments: [
        ("10:00", 10, 0), ("9:05", 9, 5), ("09:05", 9, 5), ("10.00", 10, 0), ("00:00", 0, 0),
        ("23:59", 23, 59), ("0:30", 0, 30), (" 15:30 ", 15, 30),
    ])
    func parseAcceptsHoursAndMinutes(text: String, hour: Int, minute: Int) throws {
        let time = try ClockTime.parse(text)
        #expect(time.hour == hour && time.minute == minute)
    }

    @Test(arguments: [
        "25:00", "24:00", "10:60", "1000", "10", "9.05", "10:0", "10:000", "", "10 a.m.", "10:00 am",
        "-1:00", "1a:00", "10-00", "10:5a",
    ])
    func parseRejectsOtherForms(text: String) {
        let message = "'\(text)' is not a time; write times as HH:MM in 24-hour form, for example 10:00"
        #expect(throws: TextError(message)) { try ClockTime.parse(text) }
    }

    @Test(arguments: [
        (9, 5, "09:05"), (0, 0, "00:00"), (23, 59, "23:59"), (10, 0, "10:00"),
    ])
    func hhmmPadsBothFields(hour: Int, minute: Int, expected: String) {
        #expect(ClockTime(hour: hour, minute: minute)!.hhmm == expected)
    }

    @Test(arguments: [
        (10, 0, "10 a.m."), (15, 30, "3.30 p.m."), (12, 0, "12 noon"), (0, 0, "12 midnight"),
        (9, 5, "9.05 a.m."), (12, 30, "12.30 p.m."), (0, 15, "12.15 a.m."), (13, 0, "1 p.m."),
        (23, 59, "11.59 p.m."), (11, 59, "11.59 a.m."),
    ])
    func twelveHourFollowsUNStyle(hour: Int, minute: Int, expected: String) {
        #expect(ClockTime(hour: hour, minute: minute)!.twelveHour == expected)
    }

    @Test func initRejectsOutOfRangeFields() {
        #expect(ClockTime(hour: 24, minute: 0) == nil)
        #expect(ClockTime(hour: 0, minute: 60) == nil)
        #expect(ClockTime(hour: -1, minute: 0) == nil)
    }

    @Test func minutesSinceMidnightOrdersTimes() throws {
        #expect(try ClockTime.parse("10:30").minutesSinceMidnight == 630)
        #expect(try ClockTime.parse("00:00").minutesSinceMidnight == 0)
        let times = try ["15:00", "9:05", "10:00", "09:30"].map(ClockTime.parse)
        #expect(times.sorted().map(\.hhmm) == ["09:05", "09:30", "10:00", "15:00"])
    }

    @Test func codesAsHHMMString() throws {
        let time = try ClockTime.parse("9:05")
        let json = try JSONEncoder().encode([time])
        #expect(String(decoding: json, as: UTF8.self) == #"["09:05"]"#)
        #expect(try JSONDecoder().decode([ClockTime].self, from: json) == [time])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ClockTime].self, from: Data(#"["25:00"]"#.utf8))
        }
    }
}
