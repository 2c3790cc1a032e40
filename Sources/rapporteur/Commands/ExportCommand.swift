import ArgumentParser
import RapporteurKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write meeting records to files.",
        discussion: """
            Examples:
              rapporteur export record PBA-56 > pba-56.record
            """,
        subcommands: [Record.self]
    )

    struct Record: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Write meetings' records in the plain-text record format.",
            discussion: """
                Examples:
                  rapporteur export record PBA-56 > pba-56.record
                  rapporteur export record PBA-56 EB-2024-2 -o pba-and-board.record

                The format is one field a line, made to be read, edited and diffed;
                `rapporteur import record` reads it back.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meetings' handles.") var meetings: [String]
        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
            completion: .file())
        var output: String?

        func validate() throws {
            if let output { try OutputFile.check(output) }
        }

        func execute() throws {
            let store = try global.openStore()
            let records = try meetings.map { try store.exportRecord($0) }
            let text = RecordFormatWriter.write(records)
            if let output {
                do {
                    try text.write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    throw RapporteurError.failure("cannot write \(output): \(error.localizedDescription)")
                }
                Console.note("Wrote \(output)")
            } else {
                // The text ends with its own newline; print nothing more.
                Console.print(String(text.dropLast()))
            }
        }
    }
}
