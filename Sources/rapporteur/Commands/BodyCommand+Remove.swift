import ArgumentParser
import RapporteurKit

extension BodyCommand {
    struct Remove: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a body added with `body add` that nothing refers to.",
            discussion: """
                Examples:
                  rapporteur body remove GC
                  rapporteur body remove EB-BUREAU

                Only a body with no meetings, resolutions, decisions, commitments
                due at its meetings or bodies part of it is removed; otherwise the
                message counts them. The shipped bodies (HA, EB, PBA, OEWG-H, CPR,
                OECPR) are never removed, since `rapporteur init` restores them;
                change their settings with `body set`.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The body's code.") var code: String

        func execute() throws {
            let body = try global.openStore().removeBody(code)
            Console.note("Removed \(body.code).")
        }
    }
}
