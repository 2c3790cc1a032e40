import ArgumentParser
import RapporteurKit

extension ActionCommand {
    struct Edit: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a commitment in place: its text, owner or due date.",
            discussion: """
                Examples:
                  rapporteur action edit A4 "share the revised draft handbook"
                  rapporteur action edit A4 --due 2025-02-28
                  rapporteur action edit A4 --due-meeting EB-2025-1 \\
                      --owner "Secretariat: Housing Unit"
                  rapporteur action edit A4 --no-due

                Only what is given changes; the checks are those of `add`: a due
                date or meeting no earlier than the meeting where it was made.
                References in a new text are found and linked again; reference
                flags replace those named before.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The commitment (A4).") var commitment: String
        @OptionGroup var text: TextInput<NewText>
        @Option(help: "Who owns it: Secretariat, \"Secretariat: <unit>\" or a Member State.") var owner: String?
        @Option(help: "Due date (YYYY-MM-DD), or \"upon request\" or \"as early as possible\".")
        var due: DueArgument?
        @Option(help: "Due by a later meeting (EB-2024-2), planned or not yet.") var dueMeeting: String?
        @Flag(help: "Due whenever a Member State asks.") var uponRequest = false
        @Flag(help: "Due as early as possible, with no date given.") var asEarlyAsPossible = false
        @Flag(help: "Due at no set time.") var noDue = false
        @OptionGroup var references: ReferenceOptions

        func execute() throws {
            let chosen = [due != nil, dueMeeting != nil, uponRequest, asEarlyAsPossible, noDue].filter { $0 }.count
            guard chosen <= 1 else {
                throw RapporteurError.invalid(
                    "give one of --due, --due-meeting, --upon-request, --as-early-as-possible and --no-due")
            }
            var change = CommitmentChange(text: try text.readIfGiven(), owner: owner)
            if let due { change.due = due.due }
            if let dueMeeting { change.due = .meeting(dueMeeting) }
            if uponRequest { change.due = .uponRequest }
            if asEarlyAsPossible { change.due = .asEarlyAsPossible }
            if noDue { change.due = NewCommitment.Due.none }
            if references.namesAny { change.references = references.explicit }
            let store = try global.openStore()
            Console.report(
                try SpeakerLeakText.warnOfNewLeaks(in: store, record: commitment) {
                    try store.editCommitment(commitment, change: change)
                })
        }

        enum NewText: TextMeaning {
            static let help = "The new text, as an infinitive (\"share the draft …\")"
            static let valueName = "text"
        }
    }
}
