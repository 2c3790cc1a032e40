import Foundation
import Testing

/// What a new user types in the first hour: the version, the database named before the
/// command, a misspelled command, a format's other name, and the errors they get back.
@Suite struct CommandLineTests {
    @Test func versionPrintsTheProgramAndItsVersion() throws {
        let result = try CLI().run(arguments: ["--version"], useDatabase: false)
        #expect(result.status == 0)
        #expect(result.stdout.wholeMatch(of: /rapporteur \d+\.\d+\.\d+\n/) != nil, "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    /// `--db` works the same before the command, between its words and after it.
    @Test func theDatabaseCanBeNamedBeforeTheCommand() throws {
        let cli = try CLI()
        let path = cli.folder.appending(path: "before.sqlite").path
        #expect(try cli.run(arguments: ["--db", path, "init"], useDatabase: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
        let planned = try cli.run(
            arguments: ["--db", path, "meeting", "new", "PBA", "--number", "56", "--date", "2024-10-16"],
            useDatabase: false)
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stdout == "PBA-56\n")
        let after = try cli.run(arguments: ["meeting", "list", "--db", path], useDatabase: false)
        #expect(after.status == 0)
        #expect(after.stdout.hasPrefix("PBA-56  16 October 2024"))
        for arguments in [
            ["--db", path, "meeting", "list"], ["--db=\(path)", "meeting", "list"],
            ["meeting", "--db", path, "list"],
        ] {
            let result = try cli.run(arguments: arguments, useDatabase: false)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout == after.stdout, "\(arguments)")
        }
    }

    @Test(arguments: [
        (["meetings", "list"], "error: unknown command 'meetings' (did you mean 'meeting'?)\n"),
        (["meeting", "lst"], "error: unknown command 'meeting lst' (did you mean 'meeting list'?)\n"),
        (["agenda", "shwo", "PBA-56"], "error: unknown command 'agenda shwo' (did you mean 'agenda show'?)\n"),
        (["tracker", "chek"], "error: unknown command 'tracker chek' (did you mean 'tracker check'?)\n"),
        (["frobnicate"], "error: unknown command 'frobnicate'; `rapporteur --help` lists the commands\n"),
    ])
    func aMisspelledCommandSuggestsTheNearest(arguments: [String], message: String) throws {
        let result = try CLI().run(arguments: arguments, useDatabase: false)
        #expect(result.status == 64)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
    }

    /// Errors the argument parser finds come out in the program's own form, with its exit code.
    @Test(arguments: [
        ["intervention", "add", "PBA-56", "--item", "2", "--kind", "comment"],
        ["meeting", "list", "--bodyy", "PBA"],
        ["resolution", "update", "2/7", "--as-of", "2025-01-01", "--paragraph", "twelve", "a text"],
        ["state", "list", "--format", "xml"],
        ["meeting", "list", "extra"],
    ])
    func everyErrorLineHasTheProgramsPrefix(arguments: [String]) throws {
        let cli = try CLI.initialized()
        let result = try cli.run(arguments: arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
        #expect(!result.stderr.contains("Error:"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// `txt` is the plain-text format's name everywhere, and `text` is accepted for it everywhere.
    @Test(arguments: [
        ["meeting", "list"], ["state", "show", "France"], ["body", "list"], ["resolution", "show", "2/7"],
        ["agenda", "show", "PBA-56"], ["summary", "PBA-56"], ["followup", "--as-of", "2025-01-15"], ["tracker"],
        ["history", "2/7"], ["report", "progress", "--for", "EB-2024-2"],
    ])
    func txtAndTextAreOneFormat(command: [String]) throws {
        let cli = try ExampleDataTests.demo()
        let plain = try cli.run(arguments: command)
        #expect(plain.status == 0, "\(plain.stderr)")
        for name in ["txt", "text", "TXT"] {
            let named = try cli.run(arguments: command + ["--format", name])
            #expect(named.status == 0, "\(command) --format \(name): \(named.stderr)")
            #expect(named.stdout == plain.stdout, "\(command) --format \(name)")
        }
    }
}
