import ArgumentParser

/// Every command names itself (`commandName`). Without a name, ArgumentParser derives
/// one from the type's name at every start, for every command in the tree, and that
/// reflection was over a third of a short command's work.
@main
struct Rapporteur: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapporteur",
        abstract: "Meeting records, summaries, agendas and follow-up for the UN-Habitat governing bodies.",
        discussion: """
            Examples:
              rapporteur init
              rapporteur meeting new PBA --number 56 --date 2024-10-16 --start 10:00
              rapporteur agenda show PBA-56

            The database is --db PATH, else $RAPPORTEUR_DB, else
            $XDG_DATA_HOME/rapporteur/rapporteur.sqlite (~/.local/share/… when unset).
            """,
        version: "rapporteur \(Release.version)",
        subcommands: [
            InitCommand.self,
            BodyCommand.self,
            StateCommand.self,
            ResolutionCommand.self,
            DecisionCommand.self,
            MeetingCommand.self,
            AgendaCommand.self,
            InterventionCommand.self,
            ResponseCommand.self,
            ActionCommand.self,
            AskCommand.self,
            FollowupCommand.self,
            SummaryCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            LinkCommand.self,
            TrackerCommand.self,
            FundingCommand.self,
            ReportCommand.self,
            HistoryCommand.self,
            TemplatesCommand.self,
        ]
    )
}
