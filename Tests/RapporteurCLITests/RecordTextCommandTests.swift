import Foundation
import Testing

/// Text that could break a record file, through the binary: what is typed comes back
/// from an export and an import as it was, and touches no other meeting.
@Suite struct RecordTextCommandTests {
    private static let example = ExampleDataTests.examples.appending(path: "pba-56.record").path

    /// A speaker's name with line breaks in it, on PBA-90, once wrote a `meeting PBA-56`
    /// block into PBA-90's export, and importing that export replaced PBA-56's record.
    @Test func aSpeakerNameWithLineBreaksLeavesAnotherMeetingAlone() throws {
        let cli = try CLI.initialized()
        try cli.succeed("import", "record", Self.example)
        let pba56 = try cli.succeed("export", "record", "PBA-56")
        try cli.succeed("meeting", "new", "PBA", "--number", "90", "--date", "2026-03-04")
        try cli.succeed("agenda", "add", "PBA-90", "Opening of the meeting")
        let crafted = "X\nmeeting PBA-56\n  body: PBA\n  dates: 2024-10-16\nitem 1: Nothing else\r"
        try cli.succeed(
            "intervention", "add", "PBA-90", "--item", "1", "--by", "stakeholder: " + crafted,
            "--kind", "comment", "said a few words")
        try cli.succeed("action", "add", "PBA-90", "--owner", "Secretariat: Finance\r", "close the accounts")

        let exported = try cli.succeed("export", "record", "PBA-90")
        #expect(exported.split(separator: "\n").filter { $0.hasPrefix("meeting ") } == ["meeting PBA-90"])
        #expect(
            exported.contains(
                #"  by: stakeholder: X\nmeeting PBA-56\n  body: PBA\n  dates: 2024-10-16\nitem 1: Nothing else\r"#))
        #expect(exported.contains(#"  owner: Secretariat: Finance\r"#))
        let file = cli.folder.appending(path: "pba-90.record")
        try Data(exported.utf8).write(to: file)

        let imported = try cli.run("import", "record", file.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("PBA-90: replaced"), "\(imported.stdout)")
        #expect(try cli.succeed("export", "record", "PBA-56") == pba56)
        #expect(try cli.succeed("export", "record", "PBA-90") == exported)
    }

    @Test func aNULByteInARecordFileIsAnErrorAtItsLineAndNothingIsWritten() throws {
        let cli = try CLI.initialized()
        let before = try cli.dump()
        let text = "meeting PBA-56\n  body: PBA\n  dates: 2024-10-16\n  venue: Room\u{0} 4\n"
        let file = cli.folder.appending(path: "nul.record")
        try Data(text.utf8).write(to: file)
        let result = try cli.run("import", "record", file.path)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(file.path):4: error: this line holds a NUL byte (U+0000)"), "\(result.stderr)")
        #expect(try cli.dump() == before)
    }

    @Test(arguments: ["", "\n\n", "# Rapporteur record, format 1\n\n# nothing yet\n"])
    func aRecordFileWithoutAMeetingIsAnError(text: String) throws {
        let cli = try CLI.initialized()
        let before = try cli.dump()
        let file = cli.folder.appending(path: "empty.record")
        try Data(text.utf8).write(to: file)
        let result = try cli.run("import", "record", file.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):1: error: no meeting in this file"), "\(result.stderr)")
        #expect(try cli.dump() == before)
    }
}
