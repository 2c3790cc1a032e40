import Foundation
import Testing

/// Values of options read as typed values (dates, times, styles, formats): a value its
/// type refuses is an error in the program's words, naming the option and the value,
/// with exit 64 and nothing written.
@Suite struct ArgumentValueTests {
    @Test(arguments: [
        (["meeting", "new", "PBA", "--number", "57", "--date", "23/10/2024"],
         "error: --date: '23/10/2024' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16\n"),
        (["meeting", "new", "PBA", "--number", "57", "--from", "2024-10-21", "--to", "2024-02-30"],
         "error: --to: '2024-02-30' is not a date: February 2024 has 29 days\n"),
        (["funding", "set", "2/7", "--required", "1", "--mobilized", "1", "--as-of", "2025-13-01"],
         "error: --as-of: '2025-13-01' is not a date: months run from 01 to 12; "
            + "write dates as YYYY-MM-DD, for example 2024-10-16\n"),
        (["tracker", "--as-of", "1899-12-31"],
         "error: --as-of: '1899-12-31' is outside the years Rapporteur works with, 1900 to 2999; "
            + "write dates as YYYY-MM-DD, for example 2024-10-16\n"),
        (["action", "done", "A1", "--on", "tomorrow"],
         "error: --on: 'tomorrow' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16\n"),
        (["meeting", "new", "PBA", "--number", "57", "--date", "2024-10-23", "--start", "9h"],
         "error: --start: '9h' is not a time; write times as HH:MM in 24-hour form, for example 10:00\n"),
        (["meeting", "new", "PBA", "--number", "57", "--date", "2024-10-23", "--start", "10:00", "--end", "24:00"],
         "error: --end: '24:00' is not a time; write times as HH:MM in 24-hour form, for example 10:00\n"),
    ])
    func aDateOrTimeThatIsNoneIsRefusedByItsOption(arguments: [String], message: String) throws {
        let cli = try CLI.initialized()
        let dump = try cli.dump()
        let result = try cli.run(arguments: arguments)
        #expect(result.status == 64)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
        #expect(try cli.dump() == dump)
    }
}
