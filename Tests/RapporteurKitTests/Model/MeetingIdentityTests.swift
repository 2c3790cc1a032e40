import Testing

@testable import RapporteurKit

@Suite struct MeetingIdentityTests {
    private func date(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text) }

    /// Each numbering keeps its own numbers and gives the handle users type.
    @Test func eachNumberingGivesItsHandleFromItsNumbers() throws {
        let start = try date("2024-10-16")
        #expect(
            try MeetingIdentity(code: "PBA", numbering: .number).numbers(
                number: 56, session: nil, year: nil, startingOn: start)
                == MeetingNumbers(handle: "PBA-56", number: 56))
        #expect(
            try MeetingIdentity(code: "EB", numbering: .yearSession).numbers(
                number: nil, session: 2, year: 2023, startingOn: start)
                == MeetingNumbers(handle: "EB-2023-2", session: 2, year: 2023))
        #expect(
            try MeetingIdentity(code: "HA", numbering: .session).numbers(
                number: nil, session: 2, year: nil, startingOn: start)
                == MeetingNumbers(handle: "HA-2", session: 2))
        #expect(
            try MeetingIdentity(code: "OEWG-H", numbering: .session).numbers(
                number: nil, session: 1, year: nil, startingOn: start)
                == MeetingNumbers(handle: "OEWG-H-1", session: 1))
        #expect(
            try MeetingIdentity(code: "OECPR", numbering: .year).numbers(
                number: nil, session: nil, year: 2021, startingOn: start)
                == MeetingNumbers(handle: "OECPR-2021", year: 2021))
    }

    /// A numbering by year that is given no year takes the year the meeting starts in.
    @Test func aNumberingByYearTakesTheStartingYearWhenGivenNone() throws {
        let start = try date("2024-12-04")
        #expect(
            try MeetingIdentity(code: "EB", numbering: .yearSession).numbers(
                number: nil, session: 2, year: nil, startingOn: start)
                == MeetingNumbers(handle: "EB-2024-2", session: 2, year: 2024))
        #expect(
            try MeetingIdentity(code: "OECPR", numbering: .year).numbers(
                number: nil, session: nil, year: nil, startingOn: start)
                == MeetingNumbers(handle: "OECPR-2024", year: 2024))
    }

    /// Numbers the body does not number by, a missing number, and numbers out of range are
    /// refused, naming the field and how to put it right.
    @Test(
        arguments: [
            (
                "PBA", MeetingNumbering.number, nil, 2, nil,
                "PBA meetings are not numbered by session; leave out \(field: .session)"
            ),
            ("PBA", .number, 56, nil, 2024, "PBA meetings are not numbered by year; leave out \(field: .year)"),
            (
                "PBA", .number, nil, nil, nil,
                "PBA meetings need \(field: .number) (for example \(field: .number, value: "56"))"
            ),
            ("PBA", .number, 0, nil, nil, "\(field: .number) must be a positive whole number, not 0"),
            ("EB", .yearSession, 3, 2, nil, "EB meetings are not numbered by number; leave out \(field: .number)"),
            (
                "EB", .yearSession, nil, nil, 2024,
                "EB meetings need \(field: .session) (for example \(field: .session, value: "2"))"
            ),
            ("EB", .yearSession, nil, 2, 24, "\(field: .year) must be a four-digit year, not 24"),
            ("HA", .session, nil, 2, 2024, "HA meetings are not numbered by year; leave out \(field: .year)"),
            (
                "HA", .session, nil, nil, nil,
                "HA meetings need \(field: .session) (for example \(field: .session, value: "1"))"
            ),
            ("HA", .session, nil, -1, nil, "\(field: .session) must be a positive whole number, not -1"),
            ("OECPR", .year, 1, nil, nil, "OECPR meetings are not numbered by number; leave out \(field: .number)"),
            ("OECPR", .year, nil, 1, 2021, "OECPR meetings are not numbered by session; leave out \(field: .session)"),
        ] as [(String, MeetingNumbering, Int?, Int?, Int?, Phrase)])
    func numbersThatDoNotFitTheNumberingAreRefused(
        code: String, numbering: MeetingNumbering, number: Int?,
        session: Int?, year: Int?, message: Phrase
    ) throws {
        let identity = MeetingIdentity(code: code, numbering: numbering)
        let error = #expect(throws: RapporteurError.self) {
            try identity.numbers(number: number, session: session, year: year, startingOn: try date("2024-10-16"))
        }
        #expect(error?.phrase == message)
    }

    /// The one ordinal a summary heading gives is a meeting number or a session number as
    /// the body numbers; a numbering by year takes the meeting's year instead.
    @Test func anOrdinalIsReadByTheBodysNumbering() throws {
        let start = try date("2025-03-12")
        #expect(
            try MeetingIdentity(code: "PBA", numbering: .number).numbers(ordinal: 57, startingOn: start)
                == MeetingNumbers(handle: "PBA-57", number: 57))
        #expect(
            try MeetingIdentity(code: "EB", numbering: .yearSession).numbers(ordinal: 3, startingOn: start)
                == MeetingNumbers(handle: "EB-2025-3", session: 3, year: 2025))
        #expect(
            try MeetingIdentity(code: "OEWG-H", numbering: .session).numbers(ordinal: 1, startingOn: start)
                == MeetingNumbers(handle: "OEWG-H-1", session: 1))
        #expect(
            try MeetingIdentity(code: "OECPR", numbering: .year).numbers(ordinal: 4, startingOn: start)
                == MeetingNumbers(handle: "OECPR-2025", year: 2025))
        let zero = #expect(throws: RapporteurError.self) {
            try MeetingIdentity(code: "PBA", numbering: .number).numbers(ordinal: 0, startingOn: start)
        }
        #expect(zero?.phrase == "\(field: .number) must be a positive whole number, not 0")
    }

    /// A description's ordinal and year give a handle only when they are what the body
    /// numbers by.
    @Test func aDescribedMeetingHasAHandleOnlyWithTheNumbersItsBodyNeeds() {
        let board = MeetingIdentity(code: "EB", numbering: .yearSession)
        #expect(board.handle(ordinal: 2, year: 2024) == "EB-2024-2")
        #expect(board.handle(ordinal: 2, year: nil) == nil)
        #expect(board.handle(ordinal: nil, year: 2024) == nil)
        #expect(MeetingIdentity(code: "HA", numbering: .session).handle(ordinal: 7, year: 2030) == "HA-7")
        #expect(MeetingIdentity(code: "PBA", numbering: .number).handle(ordinal: nil, year: 2024) == nil)
        #expect(MeetingIdentity(code: "OECPR", numbering: .year).handle(ordinal: nil, year: 2021) == "OECPR-2021")
    }

    @Test func aHandlesTrailingNumberIsItsLastPart() {
        #expect(MeetingIdentity.trailingNumber(of: "PBA-56") == 56)
        #expect(MeetingIdentity.trailingNumber(of: "EB-2024-2") == 2)
        #expect(MeetingIdentity.trailingNumber(of: "OEWG-H") == nil)
    }
}
