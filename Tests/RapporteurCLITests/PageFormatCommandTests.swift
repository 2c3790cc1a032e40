import Foundation
import RapporteurTestSupport
import Testing

/// `--format docx` and `--format pdf` through the real binary, on the demo's meeting:
/// every document's Word file, read back by python-docx, holds the paragraphs of its
/// `--format md` output, in order; the PDF is LibreOffice's conversion of it.
@Suite struct PageFormatCommandTests {
    /// The demo's record and tracker, and the Board's first session of 2025 with its
    /// standard agenda, item 1 annotated in two paragraphs (one with a Markdown character,
    /// which the Word file keeps as it was typed).
    static func demo() throws -> CLI {
        let cli = try ExampleDataTests.demo()
        try cli.succeed(
            "import", "tracker", ExampleDataTests.examples.appending(path: "tracker-2025-06.txt").path, "--as-of",
            "2025-06-01")
        try cli.succeed(
            "meeting", "new", "EB", "--year", "2025", "--session", "1", "--from", "2025-03-25", "--to", "2025-03-27",
            "--venue", "Nairobi")
        try cli.succeed("agenda", "standard", "EB-2025-1")
        let annotated = try cli.run(
            arguments: ["agenda", "annotate", "EB-2025-1", "1", "-"],
            input: Data("The Board adopts its agenda first.\n\nIts *bureau* proposes the schedule.\n".utf8))
        #expect(annotated.status == 0, "\(annotated.stderr)")
        return cli
    }

    /// Writes `arguments` to `-o NAME` and checks the file against the Markdown's paragraphs.
    @discardableResult
    private func expectWordMatchesMarkdown(
        _ cli: CLI, _ arguments: [String], name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> DocxReader.Document? {
        let file = cli.folder.appending(path: name)
        let written = try cli.run(arguments: arguments + ["-o", file.path])
        #expect(written.status == 0, "\(written.stderr)", sourceLocation: sourceLocation)
        guard written.status == 0 else { return nil }
        #expect(written.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(written.stderr == "Wrote \(file.path)\n", sourceLocation: sourceLocation)
        let markdown = try cli.run(arguments: arguments + ["--format", "md"])
        #expect(markdown.status == 0, "\(markdown.stderr)", sourceLocation: sourceLocation)
        let expected = MarkdownParagraphs(markdown.stdout)
        let document = try DocxReader.read(file)
        #expect(!expected.paragraphs.isEmpty, sourceLocation: sourceLocation)
        #expect(document.texts == expected.paragraphs, sourceLocation: sourceLocation)
        for (index, pair) in zip(document.texts, expected.paragraphs).enumerated() where pair.0 != pair.1 {
            Issue.record(
                "paragraph \(index + 1) differs:\n  docx:     \(pair.0)\n  markdown: \(pair.1)",
                sourceLocation: sourceLocation)
            break
        }
        #expect(document.tables.flatMap { $0.rows ?? [] } == expected.tableRows, sourceLocation: sourceLocation)
        return document
    }

    @Test(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
    func theSummaryInWordHasTheMarkdownsParagraphs() throws {
        let cli = try Self.demo()
        let document = try expectWordMatchesMarkdown(cli, ["summary", "PBA-56"], name: "pba-56.docx")
        let heading = document?.paragraphs.first { $0.text == "Meeting summary" }
        #expect(heading?.style?.hasPrefix("Heading") == true, "\(String(describing: heading))")
        #expect(document?.texts.contains { $0.hasPrefix("1. The fifty-sixth meeting") } == true)
    }

    @Test(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
    func theSummaryInWordFollowsTheStyleAsked() throws {
        try expectWordMatchesMarkdown(
            try Self.demo(), ["summary", "PBA-56", "--style", "named"], name: "pba-56-named.docx")
    }

    @Test(
        .enabled(if: DocxReader.available, "\(DocxReader.missing)"),
        arguments: [["--provisional"], ["--annotated"], []])
    func theAgendaInWordHasTheMarkdownsParagraphs(flags: [String]) throws {
        let cli = try Self.demo()
        try expectWordMatchesMarkdown(cli, ["agenda", "show", "PBA-56"] + flags, name: "pba-56-agenda.docx")
        let document = try expectWordMatchesMarkdown(
            cli, ["agenda", "show", "EB-2025-1"] + flags, name: "eb-2025-1-agenda.docx")
        #expect(document?.texts.contains("Its *bureau* proposes the schedule.") == flags.contains("--annotated"))
    }

    @Test(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
    func theFollowUpListInWordHasTheMarkdownsParagraphs() throws {
        let cli = try Self.demo()
        try expectWordMatchesMarkdown(cli, ["followup", "--as-of", "2025-01-15"], name: "followup.docx")
        try expectWordMatchesMarkdown(
            cli, ["followup", "--as-of", "2025-01-15", "--style", "anonymous"], name: "followup-anonymous.docx")
    }

    @Test(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
    func theTrackerInWordIsATableWhoseHeaderRowRepeats() throws {
        let cli = try Self.demo()
        let document = try expectWordMatchesMarkdown(cli, ["tracker"], name: "tracker.docx")
        let table = try #require(document?.tables.first)
        #expect(document?.tables.count == 1)
        #expect(table.rows?.first == ["Resolution", "Status", "Required", "Mobilized", "Gap", "Gap %"])
        #expect(table.rows?.last?.first == "Total")
        #expect(table.headerRowsRepeat?.first == true)
        #expect(table.headerRowsRepeat?.dropFirst().allSatisfy { !$0 } == true)
    }

    @Test(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
    func theProgressReportInWordHasTheMarkdownsParagraphs() throws {
        try expectWordMatchesMarkdown(
            try Self.demo(), ["report", "progress", "--for", "EB-2025-1"], name: "progress.docx")
    }

    /// `--format docx` without -o: a Word file is not text for standard output.
    @Test(arguments: ["docx", "pdf"])
    func aPageFormatNeedsAFile(format: String) throws {
        let cli = try ExampleDataTests.demo()
        let result = try cli.run("summary", "PBA-56", "--format", format)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "error: --format \(format): \(format == "pdf" ? "a PDF" : "a Word file") is written to a file, "
                    + "not to standard output; give -o FILE.\(format)"), "\(result.stderr)")
    }

    @Test func aFormatThatDisagreesWithTheFileIsRefused() throws {
        let cli = try ExampleDataTests.demo()
        let result = try cli.run("summary", "PBA-56", "-o", "x.docx", "--format", "md")
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("error: --format md does not match -o x.docx, which is docx; give one of them"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appending(path: "x.docx").path))
    }

    @Test func withoutLibreOfficePDFIsRefusedWithTheWayToInstallItAndNothingIsWritten() throws {
        let cli = try ExampleDataTests.demo()
        let empty = cli.folder.appending(path: "no-programs")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try cli.run(
            arguments: ["summary", "PBA-56", "-o", "pba-56.pdf"], environment: ["PATH": empty.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: writing PDF needs LibreOffice, and soffice is not on PATH; install LibreOffice "
                + "(on Debian: apt-get install -y libreoffice-writer-nogui), or write the Word file instead\n")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appending(path: "pba-56.pdf").path))
    }

    /// A conversion that fails says so with what soffice said, and writes nothing.
    @Test func aFailedConversionQuotesSofficeAndWritesNothing() throws {
        let cli = try ExampleDataTests.demo()
        let programs = cli.folder.appending(path: "programs")
        try FileManager.default.createDirectory(at: programs, withIntermediateDirectories: true)
        let soffice = programs.appending(path: "soffice")
        try "#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 3\n".write(
            to: soffice, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: soffice.path)
        let result = try cli.run(
            arguments: ["summary", "PBA-56", "-o", "pba-56.pdf"],
            environment: ["PATH": "\(programs.path):/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: LibreOffice could not convert the document to PDF (soffice exited 3); "
                + "soffice said: Error: source file could not be loaded\n")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appending(path: "pba-56.pdf").path))
    }

    static let soffice = Tool.folder(holding: "soffice")
    static let pdfinfo = Tool.folder(holding: "pdfinfo")

    @Test(
        .enabled(
            if: soffice != nil && pdfinfo != nil,
            "LibreOffice (soffice) and poppler (pdfinfo) are needed: apt-get install -y libreoffice-writer-nogui poppler-utils"
        ))
    func theSummaryAsPDFHasPages() throws {
        let cli = try Self.demo()
        let file = cli.folder.appending(path: "pba-56.pdf")
        let path = [Self.soffice, "/usr/bin", "/bin"].compactMap { $0 }.joined(separator: ":")
        let result = try cli.run(
            arguments: ["summary", "PBA-56", "--format", "pdf", "-o", file.path], environment: ["PATH": path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "Wrote \(file.path)\n")
        let info = try #require(Tool.run("\(Self.pdfinfo!)/pdfinfo", [file.path]))
        #expect(info.status == 0, "\(info.stderr)")
        let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
        #expect((pages ?? 0) >= 1, "\(info.stdout)")
        // Nothing of the conversion is left in the folder.
        let left = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path)
        #expect(!left.contains { $0.hasSuffix(".docx") }, "\(left)")
    }
}
