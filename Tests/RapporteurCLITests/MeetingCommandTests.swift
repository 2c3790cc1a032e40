import Foundation
import Testing

@Suite struct MeetingCommandTests {
    static let pba56 = [
        "meeting", "new", "PBA", "--number", "56", "--date", "2024-10-16", "--start", "10:00", "--end", "13:00",
        "--venue", "UNON Conference Room 4", "--chair", "H.E. Dr. Pedro Leon Cortes Ruiz",
        "--chair-function", "Permanent Representative of the Republic of Colombia to UN-Habitat",
    ]

    @Test func meetingNewPrintsTheHandle() throws {
        let cli = try CLI.initialized()
        #expect(try cli.run(arguments: Self.pba56).stdout == "PBA-56\n")
        #expect(
            try cli.succeed(
                "meeting", "new", "EB", "--year", "2024", "--session", "2", "--from", "2024-12-04",
                "--to", "2024-12-06", "--venue", "Nairobi") == "EB-2024-2\n")
        #expect(
            try cli.succeed(
                "meeting", "new", "OEWG-H", "--session", "1", "--from", "2024-12-09",
                "--to", "2024-12-11") == "OEWG-H-1\n")
        let list = try cli.succeed("meeting", "list", "--body", "PBA")
        #expect(list == "PBA-56  16 October 2024  fifty-sixth meeting  UNON Conference Room 4  planned\n")
    }

    @Test func meetingShowJSONHasTheMeetingAndItsAgenda() throws {
        let cli = try CLI.initialized()
        try cli.run(arguments: Self.pba56)
        try cli.succeed("agenda", "standard", "PBA-56")
        let meeting = try cli.json("meeting", "show", "PBA-56", "--json") as? [String: Any]
        #expect(meeting?["handle"] as? String == "PBA-56")
        #expect(meeting?["body"] as? String == "PBA")
        #expect(meeting?["title"] as? String == "fifty-sixth meeting")
        #expect(meeting?["date"] as? String == "2024-10-16")
        #expect(meeting?["startTime"] as? String == "10:00")
        let chair = meeting?["chair"] as? [String: Any]
        #expect(chair?["honorific"] as? String == "H.E. Dr.")
        #expect(chair?["name"] as? String == "Pedro Leon Cortes Ruiz")
        let agenda = meeting?["agenda"] as? [[String: Any]]
        #expect(agenda?.map { $0["label"] as? String } == ["1", "2"])

        try cli.succeed("meeting", "new", "EB", "--session", "2", "--from", "2024-12-04", "--to", "2024-12-06")
        let session = try cli.json("meeting", "show", "EB-2024-2", "--json") as? [String: Any]
        #expect(session?["from"] as? String == "2024-12-04")
        #expect(session?["to"] as? String == "2024-12-06")
        #expect(session?["date"] == nil)
        #expect(session?["title"] as? String == "second session of 2024")
    }

    /// Each bad input: its exit code, its message, and a database left as it was.
    @Test(arguments: [
        (
            ["meeting", "new", "XYZ", "--number", "1", "--date", "2024-10-16"], Int32(64),
            "error: unknown body 'XYZ'; the bodies are HA, EB, PBA, OEWG-H, CPR, OECPR\n"
        ),
        (
            ["meeting", "new", "PBA", "--number", "57", "--date", "16/10/2024"], 64,
            "error: --date: '16/10/2024' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16\n"
        ),
        (
            ["meeting", "new", "PBA", "--number", "57", "--date", "2024-10-23", "--start", "13:00", "--end", "10:00"],
            64,
            "error: the end time 10:00 is not after the start time 13:00\n"
        ),
        (
            ["meeting", "new", "PBA", "--number", "56", "--date", "2024-10-16"], 1,
            "error: meeting PBA-56 already exists; `rapporteur meeting show PBA-56` shows it\n"
        ),
        (
            ["meeting", "new", "PBA", "--number", "57", "--date", "2024-10-23", "--chair-delegation", "Frnace"], 64,
            "error: unknown Member State 'Frnace' (did you mean France?)\n"
        ),
        (["meeting", "show", "PBA-57"], 64, "error: no meeting PBA-57 (did you mean PBA-56?)\n"),
    ])
    func badInputIsRefusedAndWritesNothing(arguments: [String], status: Int32, message: String) throws {
        let cli = try CLI.initialized()
        try cli.run(arguments: Self.pba56)
        let before = try cli.dump()
        let result = try cli.run(arguments: arguments)
        #expect(result.status == status)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
        #expect(try cli.dump() == before)
    }
}
