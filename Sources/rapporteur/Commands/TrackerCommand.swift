import ArgumentParser
import Foundation
import RapporteurKit

struct TrackerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracker",
        abstract: "The resolution tracker: status and funding of every resolution, recomputed from the database.",
        discussion: """
            Examples:
              rapporteur tracker
              rapporteur tracker --json
              rapporteur tracker check
            """,
        subcommands: [Show.self, Check.self],
        defaultSubcommand: Show.self
    )

    struct Show: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the tracker's table and totals.",
            discussion: """
                Examples:
                  rapporteur tracker show          # or just: rapporteur tracker
                  rapporteur tracker --as-of 2025-06-01 --format md
                  rapporteur tracker --json        # totals under "totals"
                  rapporteur tracker --format csv -o tracker.csv

                The gap is required less mobilized, never below zero; mobilized counts
                towards the totals only up to what was required, and a surplus is
                shown; the gap per cent is rounded down.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "The figures as of this day (YYYY-MM-DD); default: the latest.") var asOf: CalendarDate?
        @OptionGroup var document: DocumentOptions<TableFormats>

        func execute() throws {
            let tracker = try global.openStore().tracker(asOf: asOf)
            switch document.chosen {
            case .json: try document.emitJSON(tracker)
            case .csv: try document.emit(TrackerDocument.csv(tracker))
            case .docx, .pdf: try document.emit(page: TrackerDocument(tracker).page)
            case .txt, .md, .html, .akn:
                try document.emit(try document.render(TrackerDocument(tracker), document: "tracker"))
            }
        }
    }

    struct Check: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check every stored figure against its own arithmetic; exit 2 with findings.",
            discussion: """
                Examples:
                  rapporteur tracker check
                  rapporteur tracker check --json   # {"findings": [...], "rounding": [...]}

                Funding snapshots (each resolution's latest): resources mobilized
                beyond those required, and a gap or gap per cent shown by the imported
                tracker that its rule does not give.
                Printed totals (the latest imported tracker's): each total against the
                sum of the lines imported with it, and the total gap per cent against
                the rule, from those sums and from the printed totals.
                Budget figures of imported briefings (each row in force, and each line
                of a PBI summary): post plus non-post against the total, and the total
                less existing resources against the total less the existing resources.
                A PBI summary's grand total: against the sum of its lines' totals less
                existing resources, saying whether it is the sum of their totals instead.
                A figure "in kind" takes part in no check; a dash counts as zero.

                Each finding names the resolution, the row, the document and line, the
                figures and the difference. A figure one off in its last stated unit is
                listed apart, after the others, as a difference rounding explains: it is
                no error, and on its own the check exits 0.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func execute() throws {
            let checked = try global.openStore().trackerCheck()
            let errors = checked.filter { !$0.isRounding }.map(\.sentence)
            let rounding = checked.filter(\.isRounding).map(\.sentence)
            if output.isJSON {
                try Console.printJSON(["findings": errors, "rounding": rounding])
            } else {
                errors.forEach { Console.print($0) }
                if !rounding.isEmpty {
                    if !errors.isEmpty { Console.print("") }
                    Console.print("Differences of 1 in the last stated unit, which rounding explains:")
                    rounding.forEach { Console.print("  \($0)") }
                }
            }
            if !rounding.isEmpty {
                Console.note(
                    "\(rounding.count) difference\(rounding.count == 1 ? "" : "s") that rounding explains, "
                        + "not counted as \(rounding.count == 1 ? "an error" : "errors").")
            }
            if errors.isEmpty {
                Console.note(rounding.isEmpty ? "No inconsistencies found." : "No errors found.")
            } else {
                Console.note("\(errors.count) finding\(errors.count == 1 ? "" : "s").")
                throw ExitCode(2)
            }
        }
    }
}

struct FundingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funding",
        abstract: "Record resolutions' funding.",
        discussion: """
            Examples:
              rapporteur funding set 2/7 --required 1200 --mobilized 300 --as-of 2025-03-01
            """,
        subcommands: [Set.self]
    )

    struct Set: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Record a resolution's resources required and mobilized as of a date (US$ thousands).",
            discussion: """
                Examples:
                  rapporteur funding set 2/7 --required 1200 --mobilized 300 --as-of 2025-03-01
                  rapporteur funding set 1/3 --required 4852 --mobilized 3596 \\
                      --as-of 2025-06-01 --note "Regular budget resources only"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The resolution (2/7).") var resolution: String
        @Option(help: "Resources required, in US$ thousands.") var required: Int
        @Option(help: "Resources mobilized, in US$ thousands.") var mobilized: Int
        @Option(help: "The day the figures hold for (YYYY-MM-DD).") var asOf: CalendarDate
        @Option(help: "A note or disclaimer shown with the figures.") var note: String?

        func execute() throws {
            try global.openStore().setFunding(
                resolution, required: required, mobilized: mobilized, asOf: asOf, note: note)
            let line = FundingLine(required: required, mobilized: mobilized)
            Console.note(
                "Resolution \(resolution): gap \(DollarThousands.written(line.gap)) (\(line.gapPercent)%)"
                    + (line.surplus > 0 ? ", surplus \(DollarThousands.written(line.surplus))" : "") + ".")
        }
    }
}
