import ArgumentParser
import RapporteurKit

extension ImportCommand {
    struct Agenda: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "agenda",
            abstract: "Put a provisional agenda read from a document on a planned meeting.",
            discussion: """
                Examples:
                  rapporteur import agenda eb-2019-1-agenda.txt --meeting EB-2019-1 --dry-run
                  rapporteur import agenda pba-57-agenda.txt --meeting PBA-57 --replace

                The agenda is the list of items numbered from 1 in the document, with
                sub-items (a), (b) and their parts (i), (ii); an item broken over two
                lines is joined, and the page's links and notes around the list are
                left out. An adopted agenda is never overwritten; one already there is
                replaced with --replace when nothing is recorded under it.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var input: EncodingOption
        @Argument(help: "The agenda: text, a Word document or a PDF.", completion: .file()) var file: String
        @Option(help: "The planned meeting it is the agenda of (EB-2019-1).") var meeting: String
        @Flag(help: "Replace the meeting's agenda when it has one and nothing is recorded under it.") var replace =
            false
        @Flag(help: "Print the items read and write nothing.") var dryRun = false

        func execute() throws {
            let text = try input.text(ofFile: file)
            let result = try global.openStore().importAgenda(
                text, file: file, meeting: meeting, replace: replace, dryRun: dryRun)
            result.warnings.forEach { Console.note(ErrorWording.line(of: $0)) }
            for item in result.items {
                let depth = item.label.filter { $0 == "(" }.count
                Console.print(String(repeating: "  ", count: depth) + "\(item.label)  \(item.title)")
            }
            let subItems = result.items.filter { $0.label.contains("(") }.count
            Console.note(
                (dryRun ? "Dry run: would put " : "Put ")
                    + "\(result.items.count - subItems) items and \(subItems) sub-items, read from line \(result.line), on the agenda of \(result.meeting)."
            )
        }
    }
}
