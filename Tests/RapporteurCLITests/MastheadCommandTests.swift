import Foundation
import Testing

/// The symbols, dates of issue and items of a session's documents, given once on the
/// commands that write them and kept as the meeting's documents; the distribution of
/// a body's documents.
@Suite struct MastheadCommandTests {
    /// The demo database with the Board's first session of 2025 planned, in Nairobi from
    /// 25 to 27 March 2025, and its standard agenda.
    static func demoWithEB2025() throws -> CLI {
        let cli = try ExampleDataTests.demo()
        try cli.succeed(
            "meeting", "new", "EB", "--year", "2025", "--session", "1", "--from", "2025-03-25", "--to", "2025-03-27",
            "--venue", "Nairobi")
        try cli.succeed("agenda", "standard", "EB-2025-1")
        return cli
    }

    @Test func theAgendaAndTheProgressReportRecordTheirSymbolsAndPrintAsBefore() throws {
        let cli = try Self.demoWithEB2025()
        let agenda = try cli.succeed("agenda", "show", "EB-2025-1")
        let report = try cli.succeed("report", "progress", "--for", "EB-2025-1", "--format", "md")
        let shown = try cli.run(
            "agenda", "show", "EB-2025-1", "--symbol", "HSP/EB.2025/1", "--issued", "2025-02-10")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout == agenda)
        #expect(shown.stderr.isEmpty, "\(shown.stderr)")
        let reported = try cli.run(
            "report", "progress", "--for", "EB-2025-1", "--format", "md", "--item", "9", "--symbol", "HSP/EB.2025/14")
        #expect(reported.status == 0, "\(reported.stderr)")
        #expect(reported.stdout == report)
        // The Board's standard agenda stops at item 4 (Schema/reference/bodies.json).
        #expect(
            reported.stderr
                == "warning: item 9 is not on the agenda of EB-2025-1 (its items are 1, 2, 2(a), 3, 4); the masthead names it without its title\n"
        )
        let documents = try #require(try cli.json("meeting", "documents", "EB-2025-1", "--json") as? [[String: String]])
        #expect(
            documents == [
                ["kind": "provisionalAgenda", "symbol": "HSP/EB.2025/1", "issued": "2025-02-10"],
                ["kind": "progressReport", "symbol": "HSP/EB.2025/14", "item": "9"],
            ])
        #expect(
            try cli.succeed("meeting", "documents", "EB-2025-1") == """
                provisional agenda  HSP/EB.2025/1   issued 10 February 2025
                progress report     HSP/EB.2025/14  item 9

                """)
    }

    @Test func aMalformedSymbolOrDateIsRefusedNamingTheOptionAndNothingIsWritten() throws {
        let cli = try Self.demoWithEB2025()
        let dump = try cli.dump()
        let bad = try cli.run("report", "progress", "--for", "EB-2025-1", "--item", "9", "--symbol", "HSP/EB 2025//14")
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("error: --symbol: 'HSP/EB 2025//14' is not a document symbol"), "\(bad.stderr)")
        #expect(bad.stdout.isEmpty)
        let date = try cli.run("agenda", "show", "EB-2025-1", "--symbol", "HSP/EB.2025/1", "--issued", "10/02/2025")
        #expect(date.status == 64)
        #expect(
            date.stderr
                == "error: --issued: '10/02/2025' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16\n")
        #expect(try cli.dump() == dump)
    }

    @Test func aSymbolOfAnotherDocumentIsRefusedAndAnItemUnderTheProvisionalAgendaToo() throws {
        let cli = try Self.demoWithEB2025()
        try cli.succeed("agenda", "show", "EB-2025-1", "--symbol", "HSP/EB.2025/1")
        let dump = try cli.dump()
        let taken = try cli.run("report", "progress", "--for", "EB-2025-1", "--symbol", "hsp/eb.2025/1")
        #expect(taken.status == 1)
        #expect(
            taken.stderr
                == "error: HSP/EB.2025/1 is already the symbol of the provisional agenda of EB-2025-1; a symbol names one document, so --symbol must be another\n"
        )
        let item = try cli.run("agenda", "show", "EB-2025-1", "--item", "2a")
        #expect(item.status == 64)
        #expect(
            item.stderr == "error: the provisional agenda is not issued under an agenda item; leave out --item\n")
        #expect(try cli.dump() == dump)
    }

    @Test func theAnnotatedAgendaIsKeptApartFromTheProvisionalAgenda() throws {
        let cli = try Self.demoWithEB2025()
        try cli.succeed("agenda", "show", "EB-2025-1", "--annotated", "--symbol", "HSP/EB.2025/1/Add.1")
        let documents = try #require(try cli.json("meeting", "documents", "EB-2025-1", "--json") as? [[String: String]])
        #expect(documents == [["kind": "annotatedAgenda", "symbol": "HSP/EB.2025/1/Add.1"]])
    }

    @Test func aMeetingWithoutDocumentsSaysHowToRecordThem() throws {
        let cli = try Self.demoWithEB2025()
        let none = try cli.run("meeting", "documents", "EB-2025-1")
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty)
        #expect(
            none.stderr
                == "No documents of EB-2025-1 are recorded; `agenda show EB-2025-1 --symbol …` records the provisional agenda's.\n"
        )
        #expect((try cli.json("meeting", "documents", "EB-2025-1", "--json") as? [Any])?.isEmpty == true)
    }

    @Test func theDocumentsGoThroughTheRecordFormatAndBack() throws {
        let cli = try Self.demoWithEB2025()
        try cli.succeed("agenda", "show", "EB-2025-1", "--symbol", "HSP/EB.2025/1", "--issued", "2025-02-10")
        try cli.succeed("report", "progress", "--for", "EB-2025-1", "--item", "2a", "--symbol", "HSP/EB.2025/14")
        let first = try cli.succeed("export", "record", "EB-2025-1")
        #expect(
            first.contains(
                """
                document provisional-agenda: HSP/EB.2025/1
                  issued: 2025-02-10
                document progress-report: HSP/EB.2025/14
                  item: 2(a)

                """), "\(first)")
        let empty = try CLI.initialized()
        let file = empty.folder.appending(path: "eb-2025-1.record")
        try first.write(to: file, atomically: true, encoding: .utf8)
        try empty.succeed("import", "record", file.path)
        #expect(try empty.succeed("export", "record", "EB-2025-1") == first)
    }

    @Test func aBodysDistributionIsSetByName() throws {
        let cli = try CLI.initialized()
        #expect(try cli.succeed("body", "show", "EB").contains("Distribution:       General\n"))
        try cli.succeed("body", "set", "EB", "--distribution", "Limited")
        let body = try cli.json("body", "show", "EB", "--json") as? [String: Any]
        #expect(body?["distribution"] as? String == "limited")
        #expect(try cli.succeed("body", "show", "EB").contains("Distribution:       Limited\n"))
        let dump = try cli.dump()
        let bad = try cli.run("body", "set", "EB", "--distribution", "secret")
        #expect(bad.status == 64)
        #expect(bad.stderr == "error: --distribution must be one of general, limited, restricted, not 'secret'\n")
        #expect(try cli.dump() == dump)
        let help = try cli.run(
            arguments: ["body", "set", "--help"], environment: ["COLUMNS": "200"], useDatabase: false)
        #expect(help.stdout.contains("(values: general, limited, restricted)"), "\(help.stdout)")
    }
}
