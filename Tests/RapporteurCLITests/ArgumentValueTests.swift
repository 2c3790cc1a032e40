import Foundation
import Testing

/// Values of options read as typed values (dates, times, styles, formats): a value its
/// type refuses is an error in the program's words, naming the option and the value,
/// with exit 64 and nothing written.
@Suite struct ArgumentValueTests {
    @Test(arguments: [
        (
            ["meeting", "new", "PBA", "--number", "57", "--date", "23/10/2024"],
            "error: --date: '23/10/2024' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16\n"
        ),
        (
            ["meeting", "new", "PBA", "--number", "57", "--from", "2024-10-21", "--to", "2024-02-30"],
            "error: --to: '2024-02-30' is not a date: February 2024 has 29 days\n"
        ),
        (
            ["funding", "set", "2/7", "--required", "1", "--mobilized", "1", "--as-of", "2025-13-01"],
            "error: --as-of: '2025-13-01' is not a date: months run from 01 to 12; "
                + "write dates as YYYY-MM-DD, for example 2024-10-16\n"
        ),
        (
            ["tracker", "--as-of", "1899-12-31"],
            "error: --as-of: '1899-12-31' is outside the years Rapporteur works with, 1900 to 2999; "
                + "write dates as YYYY-MM-DD, for example 2024-10-16\n"
        ),
        (
            ["action", "done", "A1", "--on", "tomorrow"],
            "error: --on: 'tomorrow' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16\n"
        ),
        (
            ["meeting", "new", "PBA", "--number", "57", "--date", "2024-10-23", "--start", "9h"],
            "error: --start: '9h' is not a time; write times as HH:MM in 24-hour form, for example 10:00\n"
        ),
        (
            ["meeting", "new", "PBA", "--number", "57", "--date", "2024-10-23", "--start", "10:00", "--end", "24:00"],
            "error: --end: '24:00' is not a time; write times as HH:MM in 24-hour form, for example 10:00\n"
        ),
    ])
    func aDateOrTimeThatIsNoneIsRefusedByItsOption(arguments: [String], message: String) throws {
        try expectRefused(arguments, saying: message)
    }

    /// Styles are typed by their names in kebab case, in any case; the stored name is
    /// also taken.
    @Test func aStyleIsTakenByItsNameInAnyCase() throws {
        let cli = try CLI.initialized()
        try cli.succeed(
            "body", "set", "PBA", "--attribution", "Capitals", "--ordinals", "FIGURES",
            "--time-style", "twelveHour")
        let body = try cli.json("body", "show", "PBA", "--json") as? [String: Any]
        #expect(body?["attributionStyle"] as? String == "capitals")
        #expect(body?["ordinalStyle"] as? String == "figures")
        #expect(body?["timeStyle"] as? String == "twelveHour")
        try cli.succeed("body", "set", "PBA", "--time-style", "twenty-four-hour")
        let again = try cli.json("body", "show", "PBA", "--json") as? [String: Any]
        #expect(again?["timeStyle"] as? String == "twentyFourHour")
    }

    @Test(arguments: [
        (
            ["summary", "PBA-56", "--style", "whispered"],
            "error: --style must be one of anonymous, capitals, named, not 'whispered'\n"
        ),
        (
            ["followup", "--json", "--style", "loud"],
            "error: --style must be one of anonymous, capitals, named, not 'loud'\n"
        ),
        (
            ["body", "set", "PBA", "--attribution", "Named-ish"],
            "error: --attribution must be one of anonymous, capitals, named, not 'Named-ish'\n"
        ),
        (
            ["body", "set", "PBA", "--time-style", "noon"],
            "error: --time-style must be one of twenty-four-hour, twelve-hour, not 'noon'\n"
        ),
        (
            ["body", "set", "PBA", "--ordinals", "roman"],
            "error: --ordinals must be one of words, figures, not 'roman'\n"
        ),
        (
            ["meeting", "new", "PBA", "--number", "57", "--date", "2024-10-23", "--modality", "remote"],
            "error: --modality must be one of in-person, hybrid, online, not 'remote'\n"
        ),
        (
            ["meeting", "set", "PBA-56", "--status", "done"],
            "error: --status must be one of planned, agenda-issued, held, summary-drafted, summary-final, not 'done'\n"
        ),
        (
            ["intervention", "edit", "I1", "--kind", "remark"],
            "error: --kind must be one of question, request, comment, appreciation, announcement, pledge, statement, "
                + "not 'remark'\n"
        ),
    ])
    func aStyleThatIsNoneIsRefusedByItsOption(arguments: [String], message: String) throws {
        try expectRefused(arguments, saying: message)
    }

    /// The help of each option with a set of values, as the help shows it on a wide
    /// terminal (on the option's line, or on the next one after a long option), ends
    /// with the values the command takes.
    @Test(arguments: [
        (["summary"], "--style <style>", "(values: anonymous, capitals, named)"),
        (["summary"], "--format <format>", "(values: txt, md, html, json, akn, docx, pdf)"),
        (["followup"], "--style <style>", "(values: anonymous, capitals, named)"),
        (["body", "set"], "--attribution <attribution>", "(values: anonymous, capitals, named)"),
        (["body", "set"], "--time-style <time-style>", "(values: twenty-four-hour, twelve-hour)"),
        (["tracker", "show"], "--format <format>", "(values: txt, md, html, json, csv, docx, pdf)"),
        (["meeting", "list"], "--format <format>", "(values: txt, json)"),
        (["meeting", "set"], "--modality <modality>", "(values: in-person, hybrid, online)"),
        (
            ["meeting", "set"], "--status <status>",
            "(values: planned, agenda-issued, held, summary-drafted, summary-final)"
        ),
        (
            ["intervention", "add"], "--kind <kind>",
            "(values: question, request, comment, appreciation, announcement, pledge, statement)"
        ),
    ])
    func helpListsTheValuesOfAnOption(command: [String], option: String, values: String) throws {
        let help = try CLI().run(arguments: command + ["--help"], environment: ["COLUMNS": "200"], useDatabase: false)
        #expect(help.status == 0)
        let lines = help.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = lines.firstIndex(where: { $0.hasPrefix(option) }) else {
            Issue.record("no help for \(option)")
            return
        }
        let text = ([lines[start]] + lines[(start + 1)...].prefix { !$0.hasPrefix("-") && !$0.isEmpty })
            .joined(separator: " ")
        #expect(text.hasSuffix(values), "\(text)")
    }

    /// Refused as invalid input with exactly `message`, nothing printed on stdout and the
    /// database as it was.
    private func expectRefused(_ arguments: [String], saying message: String) throws {
        let cli = try CLI.initialized()
        let dump = try cli.dump()
        let result = try cli.run(arguments: arguments)
        #expect(result.status == 64)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
        #expect(try cli.dump() == dump)
    }
}
