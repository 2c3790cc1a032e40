import ArgumentParser
import Foundation
import RapporteurKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read meeting records from files.",
        subcommands: [Record.self]
    )

    struct Record: RapporteurCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import record files (the format `export record` writes).",
            discussion: """
                Examples:
                  rapporteur import record pba-56.record
                  rapporteur import record meetings/*.record --dry-run

                Each meeting in the files is added, or its record replaced when it is
                already there, so importing a file again updates it. All problems are
                listed as FILE:LINE: error: …, and then nothing is written.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Record files.") var files: [String]
        @Flag(help: "Check everything and say what would be stored; write nothing.") var dryRun = false

        func execute() throws {
            var records: [(file: String, record: RecordFile)] = []
            var diagnostics: [Diagnostic] = []
            for file in files {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw RapporteurError.invalid("cannot read \(file): it is missing or not UTF-8 text")
                }
                let read = RecordFormatReader.read(text, file: file)
                records += read.records.map { (file, $0) }
                diagnostics += read.diagnostics
            }
            if !diagnostics.isEmpty { throw ImportFailure(diagnostics) }
            let report = try global.openStore().importRecords(records, dryRun: dryRun)
            report.warnings.forEach { Console.note($0.description) }
            for meeting in report.meetings { Console.print((dryRun ? "would be " : "") + meeting.line) }
            if dryRun { Console.note("Dry run: nothing was written.") }
        }
    }
}
