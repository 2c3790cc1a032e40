import Foundation
import Testing

/// `import report`: what it says about the report's symbol and the day its updates hold for.
@Suite struct ImportReportCommandTests {
    /// Writes our own report, with `header` above one resolution heading and one paragraph.
    static func report(in cli: CLI, header: String = "") throws -> String {
        let file = cli.folder.appending(path: "report.txt")
        try Data((header + "A. Resolution 2/7\n1. The working group held its first meeting.\n").utf8).write(to: file)
        return file.path
    }

    @Test func aReportWithNoSymbolIsImportedWithAWarningSuggestingTheOption() throws {
        let cli = try CLI.initialized()
        let file = try Self.report(in: cli)
        let result = try cli.run("import", "report", file, "--as-of", "2025-03-01")
        #expect(result.status == 0)
        #expect(result.stdout == "imported 1 implementation updates as of 2025-03-01\n")
        #expect(result.stderr.contains("\(file):1: warning: "))
        #expect(result.stderr.contains("--symbol SYMBOL"))
    }

    @Test func withoutAsOfTheDayIsTheFirstOfTheSessionTheHeaderNames() throws {
        let cli = try CLI.initialized()
        let file = try Self.report(
            in: cli, header: "**Executive Board\nThird session of 2099\nGeneva, 3–5 March 2099\nItem 4**\n")
        let result = try cli.run("import", "report", file, "--symbol", "HSP/EB.2099/7")
        #expect(result.status == 0)
        #expect(result.stdout == "imported 1 implementation updates from HSP/EB.2099/7 as of 2099-03-03\n")
        // The note names the day and the header line it was read from.
        #expect(result.stderr.contains("\(file):3: note: "))
        #expect(result.stderr.contains("2099-03-03"))
    }

    @Test func aSingleDaySessionGivesThatDay() throws {
        let cli = try CLI.initialized()
        let file = try Self.report(in: cli, header: "Nairobi, 12 June 2099\n")
        let result = try cli.run("import", "report", file, "--symbol", "HSP/EB.2099/7")
        #expect(result.status == 0)
        #expect(result.stdout == "imported 1 implementation updates from HSP/EB.2099/7 as of 2099-06-12\n")
    }

    @Test func withNoDateInTheHeaderAsOfIsStillRequired() throws {
        let cli = try CLI.initialized()
        let file = try Self.report(in: cli, header: "Report of the Executive Director\n")
        let result = try cli.run("import", "report", file, "--symbol", "HSP/EB.2099/7")
        // Refused like any file that cannot be imported, at the file's first line, saying how to go on.
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "\(file):1: error: the report's header names no session dates (a line such as \"Nairobi, 4–6 "
                    + "December 2024\"), so the day its updates hold for is not known: give it with --as-of YYYY-MM-DD")
        )
        #expect(result.stdout.isEmpty)
    }
}
