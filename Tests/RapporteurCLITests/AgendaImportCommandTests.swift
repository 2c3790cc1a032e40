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

/// Sample 32, the Governing Council's annotated agenda of 2005, into its twentieth
/// session once the Council is added as a body.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: samples.path), "../shared/samples is missing"))
struct AnnotatedAgendaSampleCommandTests {
    @Test func theCouncilsAgendaComesWithItsAnnotations() throws {
        let cli = try CLI.initialized()
        try cli.succeed(
            "body", "add", "GC", "--numbering", "session", "--name",
            "Governing Council of the United Nations Human Settlements Programme", "--symbol-prefix", "HSP/GC")
        try cli.succeed("meeting", "new", "GC", "--session", "20", "--from", "2005-04-04", "--to", "2005-04-08")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: samples.path).first { $0.hasPrefix("32_") })
        let run = try cli.run("import", "agenda", samples.appending(path: name).path, "--meeting", "GC-20")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout
                == "1  Election of officers\n2  Credentials\n3  Adoption of the agenda and organization of work\n")
        // The sample is cut mid-sentence, and the import says where.
        #expect(run.stderr.contains(": warning: the text seems to stop short here"))
        let record = try cli.succeed("export", "record", "GC-20")
        #expect(record.contains("item 1: Election of officers\n  annotation: In accordance with rule 17 of its rules"))
        #expect(record.contains("item 2: Credentials\n  annotation: Under rule 16 of the rules of procedure"))
    }
}
