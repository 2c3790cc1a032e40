import ArgumentParser
import RapporteurKit

extension ResponseCommand {
    struct Edit: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a response in place: its text, agenda item or unit.",
            discussion: """
                Examples:
                  rapporteur response edit R3 \\
                      "explained that the first phase had closed in May 2024"
                  rapporteur response edit R3 --item 2b --unit "Housing Unit"
                  rapporteur response edit R3 --unit ""

                Only what is given changes; the checks are those of `add`. The
                asks it answers stay: change them with `link add` and `link
                remove`. References in a new text are found and linked again;
                reference flags replace those named before.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The response (R3).") var response: String
        @OptionGroup var text: TextInput<NewText>
        @Option(help: "The agenda item (2, 2a, 2(a)).") var item: String?
        @Option(help: "The unit or officer who answered; \"\" removes it.") var unit: String?
        @OptionGroup var references: ReferenceOptions

        func execute() throws {
            var change = ResponseChange(text: try text.readIfGiven(), item: item, unit: unit)
            if references.namesAny { change.references = references.explicit }
            let store = try global.openStore()
            Console.report(
                try SpeakerLeakText.warnOfNewLeaks(in: store, record: response) {
                    try store.editResponse(response, change: change)
                })
        }

        enum NewText: TextMeaning {
            static let help = "The new text, in reported speech without its subject"
            static let valueName = "text"
        }
    }
}
