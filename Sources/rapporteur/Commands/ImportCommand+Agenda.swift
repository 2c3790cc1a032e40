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
                  rapporteur import agenda oecpr-2021-page.txt --meeting OECPR-2021

                The agenda is the list of items numbered from 1 in the document (or
                from a later item under a "Provisional agenda" heading), with
                sub-items (a), (b) and their parts (i), (ii), one a line or run in on
                a line; or an annotated agenda ("Item 1. Election of officers" over
                its paragraphs); or the agenda a summary quotes as bullets; or a
                page listing documents under "Agenda item 1:".
                The page's links and notes around it are left out. The meeting's
                venue and times are filled from the document where it has none.

                A whole agenda is put on the meeting; one already there is replaced
                with --replace when nothing is recorded under it. An excerpt from a
                later item, or a page of documents by item, is added to the agenda
                the meeting has. An adopted agenda is never changed.
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
                let documents = item.documents.isEmpty ? "" : " [\(item.documents.joined(separator: ", "))]"
                Console.print(
                    String(repeating: "  ", count: item.depth)
                        + "\(item.label)  \(item.title ?? "(no title in the document)")\(documents)")
            }
            let subItems = result.items.filter { $0.depth > 0 }.count
            let verb = dryRun ? "Dry run: would " : ""
            let counted =
                "\(CardinalWords.counted(result.items.count - subItems, "item")) and \(CardinalWords.counted(subItems, "sub-item")), read from line \(result.line),"
            Console.note(
                verb
                    + (result.addedToAgenda
                        ? (dryRun ? "add " : "Added ") + counted + " to the agenda of \(result.meeting)."
                        : (dryRun ? "put " : "Put ") + counted + " on the agenda of \(result.meeting).")
            )
            if !result.filled.isEmpty {
                Console.note(
                    (dryRun ? "Dry run: would fill " : "Filled ") + "\(result.meeting)'s "
                        + result.filled.joined(separator: ", ") + " from the document.")
            }
        }
    }
}
