import ArgumentParser
import RapporteurKit

extension AgendaCommand {
    struct Annotate: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "annotate",
            abstract: "Write what the annotated agenda says under an item.",
            discussion: """
                Examples:
                  rapporteur agenda annotate PBA-56 1 "The agenda is adopted first."
                  rapporteur agenda annotate PBA-56 2a --text-file annotation-2a.txt
                  rapporteur agenda annotate PBA-56 2a --remove

                The annotation may run to several paragraphs, separated by a blank line; the
                lines of a paragraph are joined. A new annotation replaces the one it had;
                an empty text, or --remove, takes it away. agenda show --annotated shows them.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @Argument(help: "The item's label (2, 2a, 2(a)).") var item: String
        @OptionGroup var text: TextInput<Annotation>
        @Flag(help: "Remove the item's annotation.") var remove = false

        func execute() throws {
            let given = try text.readIfGiven()
            if remove, given != nil {
                throw RapporteurError.invalid("give the annotation or --remove, not both")
            }
            let annotation = remove ? nil : try given ?? text.read()
            let change = try global.openStore().annotateAgendaItem(meeting: meeting, item: item, text: annotation)
            Console.print(change.label)
            if change.paragraphs > 0 {
                let count = change.paragraphs
                Console.note(
                    "Annotated \(change.label) \(change.title) with \(CardinalWords.prose(count)) paragraph\(count == 1 ? "" : "s")"
                )
            } else if change.removed {
                Console.note("Removed the annotation of \(change.label) \(change.title)")
            } else {
                Console.note("\(change.label) \(change.title) has no annotation")
            }
        }

        enum Annotation: TextMeaning {
            static let help = "The annotation, its paragraphs separated by a blank line"
            static let valueName = "annotation"
        }
    }
}
