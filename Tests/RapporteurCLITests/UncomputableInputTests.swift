import Foundation
import GRDB
import Testing

/// Inputs that once stopped the program with a trap (exit 132): each now gets an answer.
@Suite struct UncomputableInputTests {
    @Test func importReportReadsParagraphNumbersBeyondAnyInteger() throws {
        let cli = try CLI.initialized()
        let report = cli.folder.appending(path: "report.txt")
        try Data(
            """
            A. Resolution 2/7
            9223372036854775807. The working group met.
            2. Funding remains limited.
            18446744073709551616. The report is due.
            ١٢. Arabic-Indic digits.

            """.utf8
        ).write(to: report)
        let result = try cli.run("import", "report", report.path, "--as-of", "2025-03-01")
        #expect(result.status == 0)
        #expect(result.stdout == "imported 1 implementation updates as of 2025-03-01\n")
        #expect(result.stderr.contains("report.txt:4: warning: '18446744073709551616.' is not a paragraph number"))
    }

    @Test func meetingNewRefusesADateInYearOne() throws {
        let cli = try CLI.initialized()
        let result = try cli.run("meeting", "new", "PBA", "--number", "1", "--date", "0001-01-03")
        #expect(result.status == 64)
        #expect(
            result.stderr == "error: --date: '0001-01-03' is outside the years Rapporteur works with, 1900 to 2999; "
                + "write dates as YYYY-MM-DD, for example 2024-10-16\n")
    }

    @Test func importRecordRefusesADateInYearOneAtItsLine() throws {
        let cli = try CLI.initialized()
        let record = cli.folder.appending(path: "pba-1.record")
        try Data("meeting PBA-1\n  body: PBA\n  number: 1\n  dates: 0001-01-03\n".utf8).write(to: record)
        let result = try cli.run("import", "record", record.path)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("pba-1.record:4: error: '0001-01-03' is outside the years Rapporteur works with"))
    }

    /// A database that holds such a date (written by an earlier version) still shows
    /// the meeting's agenda.
    @Test func agendaShowComputesSafelyForAMeetingStoredInYearOne() throws {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "1", "--date", "2024-10-16")
        try cli.succeed("agenda", "standard", "PBA-1")
        let queue = try DatabaseQueue(path: cli.database)
        try queue.write { db in
            try db.execute(sql: "UPDATE meeting SET startDate = '0001-01-03', endDate = '0001-01-03'")
        }
        let result = try cli.run("agenda", "show", "PBA-1")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Documents for the meeting are due seven days before it opens."))
    }
}
