import Foundation
import Testing

@Suite struct AgendaImportCommandTests {
    private let agenda = """
        Provisional agenda
        1. Opening of the meeting.
        2. Progress on the harbour guidelines:
        (a) Regional consultations;
        (b) Next steps.
        3. Closure of the meeting.
        """

    private func planned() throws -> (CLI, URL) {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "57", "--date", "2024-11-20")
        let file = cli.folder.appending(path: "agenda.txt")
        try agenda.write(to: file, atomically: true, encoding: .utf8)
        return (cli, file)
    }

    @Test func theAgendaGoesOnThePlannedMeeting() throws {
        let (cli, file) = try planned()
        let dry = try cli.run("import", "agenda", file.path, "--meeting", "PBA-57", "--dry-run")
        #expect(dry.status == 0)
        #expect(dry.stderr.contains("Dry run: would put 3 items and 2 sub-items, read from line 2"))
        // The dry run wrote nothing.
        let shown = try cli.succeed("agenda", "show", "PBA-57")
        #expect(!shown.contains("Regional consultations"))

        let run = try cli.run("import", "agenda", file.path, "--meeting", "PBA-57")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout
                == "1  Opening of the meeting\n2  Progress on the harbour guidelines\n  2(a)  Regional consultations\n  2(b)  Next steps\n3  Closure of the meeting\n"
        )
        #expect(try cli.succeed("agenda", "show", "PBA-57").contains("    (a) Regional consultations;"))

        // Once there, it is replaced only when asked, and an adopted agenda never.
        let again = try cli.run("import", "agenda", file.path, "--meeting", "PBA-57")
        #expect(again.status == 1)
        #expect(again.stderr == "error: PBA-57 already has an agenda of 5 items; --replace replaces it\n")
        #expect(try cli.run("import", "agenda", file.path, "--meeting", "PBA-57", "--replace").status == 0)
        try cli.succeed("agenda", "adopt", "PBA-57")
        let adopted = try cli.run("import", "agenda", file.path, "--meeting", "PBA-57", "--replace")
        #expect(adopted.status == 1)
        #expect(adopted.stderr.contains("has been adopted"))
    }

    @Test func aDocumentWithNoAgendaIsRefusedWithItsFile() throws {
        let (cli, file) = try planned()
        try "The working group met in Nairobi.\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try cli.run("import", "agenda", file.path, "--meeting", "PBA-57")
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(file.path):1: error: no agenda found"))
    }

    @Test func aTextCutShortIsSaidSoAtItsLastLine() throws {
        let (cli, file) = try planned()
        try (agenda + "\nNotes: the documents of the").write(to: file, atomically: true, encoding: .utf8)
        let run = try cli.run("import", "agenda", file.path, "--meeting", "PBA-57")
        #expect(run.status == 0)
        #expect(run.stderr.contains("\(file.path):7: warning: the text seems to stop short here"))
    }
}

/// The samples of other layouts (../shared/samples), beside the seeds.
private let samples = SeedFolder.url.deletingLastPathComponent().appending(path: "samples")

/// The samples' agendas (27, 30 and 32) into the meetings they are for, planned first.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: samples.path), "../shared/samples is missing"))
struct AnnotatedAgendaSampleCommandTests {
    private func sample(_ prefix: String) throws -> String {
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: samples.path).first { $0.hasPrefix(prefix + "_") })
        return samples.appending(path: name).path
    }

    /// Sample 27 into the Board's meeting of 2019, planned with its dates only: the
    /// venue and the time come from the page.
    @Test func theBoardsAgendaOf2019FillsTheMeetingsVenueAndTime() throws {
        let cli = try CLI.initialized()
        try cli.succeed(
            "meeting", "new", "EB", "--year", "2019", "--session", "1", "--from", "2019-11-19", "--to", "2019-11-20")
        let run = try cli.run("import", "agenda", try sample("27"), "--meeting", "EB-2019-1")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Put 11 items and 11 sub-items, read from line"), "\(run.stderr)")
        // The dates agree with the meeting's: no warning about them.
        #expect(!run.stderr.contains("dates"))
        let shown = try cli.succeed("meeting", "show", "EB-2019-1")
        #expect(shown.contains("19–20 November 2019, 9 a.m."), "\(shown)")
        #expect(shown.contains("\nConference Room 2, United Nations offices at Gigiri, Nairobi, Kenya\n"), "\(shown)")
        #expect(shown.contains("\n11  Closure of the meeting"))
    }

    /// Sample 30 onto the Committee's midterm review of 2021, whose agenda was planned
    /// first: each item gets the documents the page lists under it.
    @Test func theCommitteesPageAddsItsDocumentsToTheAgendasItems() throws {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "OECPR", "--year", "2021", "--from", "2021-06-29", "--to", "2021-07-01")
        let refused = try cli.run("import", "agenda", try sample("30"), "--meeting", "OECPR-2021")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("gives the documents of agenda items 1, 2, 3 but not their titles"))
        for title in ["Opening and organization", "Midterm review of the strategic plan", "New Urban Agenda report"] {
            try cli.succeed("agenda", "add", "OECPR-2021", title)
        }
        let run = try cli.run("import", "agenda", try sample("30"), "--meeting", "OECPR-2021")
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try cli.json("agenda", "show", "OECPR-2021", "--json") as? [[String: Any]])
        #expect(
            json.map { $0["documents"] as? [String] ?? [] } == [
                ["HSP/OECPR.2021/1", "HSP/OECPR.2021/1/Add.1/Rev.1", "HSP/OECPR.2021/INF/1"],
                ["HSP/OECPR.2021/2", "HSP/OECPR.2021/INF/2"], ["A/RES/75/224", "HSP/OECPR.2021/3"],
            ])
        #expect(
            json.map { $0["title"] as? String } == [
                "Opening and organization", "Midterm review of the strategic plan", "New Urban Agenda report",
            ])
    }

    @Test func theCouncilsAgendaComesWithItsAnnotations() throws {
        let cli = try CLI.initialized()
        try cli.succeed(
            "body", "add", "GC", "--numbering", "session", "--name",
            "Governing Council of the United Nations Human Settlements Programme", "--symbol-prefix", "HSP/GC")
        try cli.succeed("meeting", "new", "GC", "--session", "20", "--from", "2005-04-04", "--to", "2005-04-08")
        let run = try cli.run("import", "agenda", try sample("32"), "--meeting", "GC-20")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout
                == "1  Election of officers\n2  Credentials\n3  Adoption of the agenda and organization of work\n")
        // The sample is cut mid-sentence, and the import says where.
        #expect(run.stderr.contains(": warning: the text seems to stop short here"))
        let record = try cli.succeed("export", "record", "GC-20")
        #expect(record.contains("item 1: Election of officers\n  annotation: In accordance with rule 17 of its rules"))
        #expect(record.contains("item 2: Credentials\n  annotation: Under rule 16 of the rules of procedure"))
        // "Nairobi, 4–8 April 2005" gives the venue; the opening paragraph, the time.
        // The opening, no numbered item, is annotated too: its paragraph is kept on the
        // meeting, with the date Word's fixed spaces had glued together set apart again.
        #expect(
            run.stderr.contains(
                "Filled GC-20's start time 10:00, venue Nairobi, annotation of \"Opening of the session\" from the document."
            ), "\(run.stderr)")
        #expect(
            record.contains(
                "  opening: Opening of the session\n  opening-annotation: The twentieth session of the Governing Council will be opened at 10 a.m. on Monday, 4 April 2005 by the President"
            ))
        let annotated = try cli.succeed("agenda", "show", "GC-20", "--annotated")
        let opening = try #require(annotated.range(of: "Opening of the session\n\n    The twentieth session"))
        #expect(
            opening.upperBound < (annotated.range(of: "1. Election of officers.")?.lowerBound ?? opening.lowerBound))
        // Exported and imported again, the record keeps it.
        let file = cli.folder.appending(path: "gc-20.record")
        try record.write(to: file, atomically: true, encoding: .utf8)
        try cli.succeed("import", "record", file.path)
        #expect(try cli.succeed("export", "record", "GC-20") == record)
    }
}

/// Seed 004, the PBA's summary of its fifty-sixth meeting, whose first paragraph quotes
/// the agenda it adopted as bullets: `import agenda` reads that agenda.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct SeedAgendaImportCommandTests {
    @Test func theAgendaTheSummaryQuotesGoesOnTheMeeting() throws {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "56", "--date", "2024-10-16")
        try cli.succeed("decision", "add", "EB", "2024/3", "--title", "Adequate housing for all")
        let file = cli.folder.appending(path: "pba-56.txt")
        try SeedFolder.text("004").write(to: file, atomically: true, encoding: .utf8)
        let run = try cli.run("import", "agenda", file.path, "--meeting", "PBA-56")
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try cli.json("agenda", "show", "PBA-56", "--json") as? [[String: Any]])
        #expect(
            json.map { $0["title"] as? String } == [
                "Adoption of the provisional Agenda",
                "Implementation of all resolutions adopted by the United Nations Habitat Assembly (UN-Habitat Assembly) at its first and second sessions including in depth discussions on",
                "Any other Business",
            ])
        let parts = try #require(json[1]["children"] as? [[String: Any]])
        #expect(parts.map { $0["label"] as? String } == ["2(a)", "2(b)", "2(c)"])
        #expect(
            (parts[0]["title"] as? String)?.hasPrefix(
                "the progress in the development of the international guidelines on people-centred smart cities")
                == true)
        #expect(parts.map { $0["resolutions"] as? [String] ?? [] } == [["2/1"], ["2/7"], ["2/5"]])
        #expect(parts.map { $0["decisions"] as? [String] ?? [] } == [[], ["2024/3"], ["2024/3"]])
        // The heading's room and hours fill the meeting's.
        #expect(
            run.stderr.contains(
                "Filled PBA-56's start time 10:00, end time 13:00, venue UNON Conference Room 4 from the document."),
            "\(run.stderr)")
    }
}
