import ArgumentParser
import RapporteurKit

extension InterventionCommand {
    struct Edit: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change an intervention in place: text, kind, speakers, item, pledge.",
            discussion: """
                Examples:
                  rapporteur intervention edit I7 \\
                      "asked when the first phase had closed and whom it reached"
                  rapporteur intervention edit I7 --item 2a --by Colombia --by Peru
                  rapporteur intervention edit I8 --kind request
                  rapporteur intervention edit I9 --amount 250000 --currency EUR

                Only what is given changes; the checks are those of `add`. --by
                replaces all the speakers. References in a new text are found
                and linked again; reference flags replace those named before.
                An ask that was the intervention's text itself follows the new
                text. An intervention with asks stays a question or a request
                (its asks are followed up on their own); to make it another kind,
                remove it and add it anew. One that becomes a question or request
                gets its text as its ask. A pledge's amount goes when it is no
                longer a pledge.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The intervention (I7).") var intervention: String
        @OptionGroup var text: TextInput<NewText>
        @Option(help: "The agenda item (2, 2a, 2(a)).") var item: String?
        @Option(name: .customLong("by"), help: "Who spoke, replacing all speakers; repeatable.") var speakers:
            [String] = []
        @Option(help: "What kind of intervention it is.") var kind: InterventionKind?
        @Flag(inversion: .prefixedNo, help: "Name this delegation even in anonymous summaries.") var named: Bool?
        @Option(help: "A pledge's amount, in figures.") var amount: String?
        @Option(help: "A pledge's currency (EUR, USD).") var currency: String?
        @OptionGroup var references: ReferenceOptions

        func execute() throws {
            var change = InterventionChange(
                text: try text.readIfGiven(), item: item, speakers: speakers.isEmpty ? nil : speakers,
                named: named, pledgeAmount: amount, pledgeCurrency: currency)
            change.kind = kind
            if references.namesAny { change.references = references.explicit }
            let store = try global.openStore()
            Console.report(
                try SpeakerLeakText.warnOfNewLeaks(in: store, record: intervention) {
                    try store.editIntervention(intervention, change: change)
                })
        }

        enum NewText: TextMeaning {
            static let help = "The new text, in reported speech without its subject"
            static let valueName = "text"
        }
    }
}
