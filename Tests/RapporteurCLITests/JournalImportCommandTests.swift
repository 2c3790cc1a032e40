import Foundation
import Testing

/// `import summary` of the Board's daily journal: the layout found or forced, and a text
/// of no known layout refused with the layouts named.
@Suite struct JournalImportCommandTests {
    private let journal = """
        SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES
        DAY 2 – THURSDAY, 13 MARCH 2031
        On Thursday, 13 March 2031, the first session of the Executive Board of UN-Habitat for the year 2031 continued in Nairobi, Kenya.
        Agenda item 1: Housing finance
        UN-Habitat introduced its note on housing finance.
        PERU urged UN-Habitat to publish the pilot results. UN-Habitat agreed and said the results would be published in May.
        """

    private func written(_ text: String, in cli: CLI, as name: String = "journal.txt") throws -> URL {
        let file = cli.folder.appending(path: name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func aJournalIsFoundByItsLayoutAndAnsweredInItsParagraph() throws {
        let cli = try CLI.initialized()
        let file = try written(journal, in: cli)
        let run = try cli.run("import", "summary", file.path, "--link", "none")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout
                == "EB-2031-1: added — 1 agenda item, 2 interventions, 1 ask, 1 response, 1 answer, 0 commitments\n"
        )
        #expect(run.stderr.contains("\(file.path):3: warning: the journal does not number its paragraphs"))
        // The answer is the text's own, so it stands even with no links inferred.
        #expect(
            try cli.succeed("export", "record", "EB-2031-1").contains(
                "response R1\n  item: 1\n  paragraph: 3\n  answers: Q1\n"))
        #expect(try cli.succeed("followup", "--as-of", "2031-06-01").contains("zero open asks"))
    }

    @Test func aForcedLayoutIsReadAsThatLayout() throws {
        let cli = try CLI.initialized()
        let file = try written(journal, in: cli)
        let run = try cli.run("import", "summary", file.path, "--layout", "pba-summary", "--dry-run")
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file.path):1: error: no meeting heading found in the first 40 lines"))
        #expect(try cli.run("import", "summary", file.path, "--layout", "board-journal", "--dry-run").status == 0)
        let wrong = try cli.run("import", "summary", file.path, "--layout", "minutes")
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--layout must be one of pba-summary, board-journal, not 'minutes'"))
    }

    @Test func aTextOfNoKnownLayoutIsRefusedAndADryRunShowsWhatWasRead() throws {
        let cli = try CLI.initialized()
        let file = try written("Notes of the retreat\n\nThe Bureau met on a Friday.\n- a first point\n", in: cli)
        let run = try cli.run("import", "summary", file.path)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(file.path):1: error: the text is in no layout Rapporteur reads: pba-summary,"))
        #expect(run.stderr.contains("board-journal, which starts with \"SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES\""))
        #expect(!run.stderr.contains("note: read a"))
        let dry = try cli.run("import", "summary", file.path, "--dry-run")
        #expect(dry.status == 1)
        #expect(dry.stderr.contains("\(file.path):1: note: read a heading: Notes of the retreat\n"))
        #expect(dry.stderr.contains("\(file.path):3: note: read a paragraph: The Bureau met on a Friday.\n"))
        #expect(dry.stderr.contains("\(file.path):4: note: read a list entry: a first point\n"))
    }
}

/// The samples of other layouts (../shared/samples), beside the seeds.
private let samples = SeedFolder.url.deletingLastPathComponent().appending(path: "samples")

/// Sample 12, the Board's journal of 29 November 2023, as a user imports it (its three
/// header lines taken off): the two asks answered by "UN-Habitat agreed …".
@Suite(.enabled(if: FileManager.default.fileExists(atPath: samples.path), "../shared/samples is missing"))
struct JournalSampleCommandTests {
    @Test func theTwoAsksOfTheSecondDayOf2023AreAnswered() throws {
        let cli = try CLI.initialized()
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: samples.path).first { $0.hasPrefix("12_") })
        let text = try String(contentsOf: samples.appending(path: name), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3).joined(separator: "\n")
        let file = cli.folder.appending(path: "eb-2023-3-day2.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let run = try cli.run("import", "summary", file.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.hasPrefix("EB-2023-3: added — 7 agenda items, 5 interventions, 2 asks, 2 responses, 2 answers"))
        #expect(run.stderr.contains(":11: warning: the text stops short in paragraph 7"))
        let record = try cli.succeed("export", "record", "EB-2023-3")
        #expect(record.contains("  answers: Q1\n  text: agreed and highlighted the work to this end"))
        #expect(record.contains("  answers: Q2\n  text: agreed and highlighted existing translations"))
        #expect(try cli.succeed("followup", "--as-of", "2024-01-01").contains("zero open asks"))
    }
}
