import ArgumentParser
import RapporteurKit

extension MeetingCommand {
    struct Remove: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a meeting with its agenda and record (lists it all; needs --force).",
            discussion: """
                Examples:
                  rapporteur meeting remove PBA-57            # lists what would go
                  rapporteur meeting remove PBA-57 --force    # removes it

                Without --force nothing changes: it lists the agenda items,
                interventions, asks, responses and commitments that would go, and
                exits 1. With --force it removes them all in one transaction and
                lists what went. Answers other meetings gave to its asks go with
                the asks (the responses stay in their meetings); asks of other
                meetings that its responses answered keep their other answers and
                their status follows those. A meeting that another meeting's
                commitment is due by or was done at, or whose asks supersede
                another meeting's, is not removed until that is changed.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @Flag(help: "Remove it; without this, only list what would go.") var force = false

        func execute() throws {
            let store = try global.openStore()
            guard force else {
                let removal = try store.removal(of: meeting)
                Console.print(removal.lines.joined(separator: "\n"))
                throw RapporteurError.failure(
                    "nothing removed; run again with --force to remove \(removal.meeting) "
                        + "and everything listed above")
            }
            let removal = try store.removeMeeting(meeting)
            Console.print(removal.lines.joined(separator: "\n"))
            Console.note("Removed \(removal.meeting).")
        }
    }
}
