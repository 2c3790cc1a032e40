import ArgumentParser
import RapporteurKit

extension MeetingCommand {
    struct Documents: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "documents",
            abstract: "List a meeting's documents: symbol, date of issue, the item each is issued under.",
            discussion: """
                Examples:
                  rapporteur meeting documents EB-2025-1
                  rapporteur meeting documents EB-2025-1 --json

                `agenda show` and `report progress` record them (--symbol, --issued, --item).
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The meeting's handle.") var handle: String

        func execute() throws {
            let documents = try global.openStore().meetingDocuments(of: handle)
            if output.isJSON { return try Console.printJSON(documents) }
            guard !documents.isEmpty else {
                return Console.note(
                    "No documents of \(handle) are recorded; `agenda show \(handle) --symbol …` records the provisional agenda's."
                )
            }
            let rows = documents.map { document in
                let details = [
                    document.issued.map { "issued \(UNDate.long($0))" }, document.item.map { "item \($0)" },
                ].compactMap { $0 }
                return [document.kind.words, document.symbol ?? "(no symbol yet)", details.joined(separator: ", ")]
            }
            let widths = (0..<2).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                let padded = (0..<2).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                Console.print((padded + [row[2]]).joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        }
    }
}
