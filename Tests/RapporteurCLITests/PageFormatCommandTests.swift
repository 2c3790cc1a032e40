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
    /// What the masthead of a pre-session document puts in its Word file in place of the
    /// Markdown's first paragraphs (the body, the session, when and where, the title): the
    /// top table's row (the body; the symbol, distribution, date of issue and language),
    /// its own paragraphs, and how many of the Markdown's paragraphs it stands for.
    struct MastheadInWord {
        let row: [String]
        let paragraphs: [String]
        let replaces: Int
    }

    @discardableResult
    private func expectWordMatchesMarkdown(
        _ cli: CLI, _ arguments: [String], name: String, masthead: MastheadInWord? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> DocxReader.Report? {
        let file = cli.folder.appending(path: name)
        let written = try cli.run(arguments: arguments + ["-o", file.path])
        #expect(written.status == 0, "\(written.stderr)", sourceLocation: sourceLocation)
        guard written.status == 0 else { return nil }
        #expect(written.stdout.isEmpty, sourceLocation: sourceLocation)
        // A warning may come first (an item the agenda does not hold); nothing else.
        #expect(written.stderr.hasSuffix("Wrote \(file.path)\n"), "\(written.stderr)", sourceLocation: sourceLocation)
        #expect(
            written.stderr.split(separator: "\n").dropLast().allSatisfy { $0.hasPrefix("warning: ") },
            "\(written.stderr)", sourceLocation: sourceLocation)
        let markdown = try cli.run(arguments: arguments + ["--format", "md"])
        #expect(markdown.status == 0, "\(markdown.stderr)", sourceLocation: sourceLocation)
        let markdownParagraphs = MarkdownParagraphs(markdown.stdout)
        var expected = (paragraphs: markdownParagraphs.paragraphs, tableRows: markdownParagraphs.tableRows)
        if let masthead {
            expected.paragraphs = masthead.paragraphs + expected.paragraphs.dropFirst(masthead.replaces)
            expected.tableRows = [masthead.row] + expected.tableRows
        }
        let document = try DocxReader.read(file: file)
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

    /// The masthead's symbol block when no symbol or date of issue has been given: said so, not invented.
    static let unknownSymbolBlock =
        "[symbol not yet assigned]\nDistr.: General\n[date of issue not given]\nOriginal: English"
    static let board = "Executive Board of the United Nations Human Settlements Programme"
    static let workingGroup =
        "Ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board"

    /// In Word the agenda is filed with its masthead, which stands for the Markdown's
    /// first five paragraphs (the body, the meeting, when, where and the agenda's status);
    /// every item, annotation and the documents' due date follow as in the Markdown.
    @Test(
        .enabled(if: DocxReader.available, "\(DocxReader.missing)"),
        arguments: [["--provisional"], ["--annotated"], []])
    func theAgendaInWordHasItsMastheadAndTheMarkdownsParagraphs(flags: [String]) throws {
        let cli = try Self.demo()
        let annotated = flags.contains("--annotated")
        let pbaTitle = flags == [] ? "Agenda (adopted without any change)" : "Provisional agenda"
        try expectWordMatchesMarkdown(
            cli, ["agenda", "show", "PBA-56"] + flags, name: "pba-56-agenda.docx",
            masthead: MastheadInWord(
                row: [Self.workingGroup, Self.unknownSymbolBlock],
                paragraphs: ["Fifty-sixth meeting", "UNON Conference Room 4, 16 October 2024"]
                    + (annotated
                        ? [
                            "Item 1 of the provisional agenda*", "Adoption of the provisional agenda",
                            "Annotations to the provisional agenda", "Note by the Secretariat",
                        ] : [pbaTitle]),
                replaces: 5))
        let document = try expectWordMatchesMarkdown(
            cli, ["agenda", "show", "EB-2025-1"] + flags, name: "eb-2025-1-agenda.docx",
            masthead: MastheadInWord(
                row: [Self.board, Self.unknownSymbolBlock],
                paragraphs: ["First session of 2025", "Nairobi, 25–27 March 2025"]
                    + (annotated
                        ? [
                            "Item 2(a) of the provisional agenda*", "Adoption of the agenda",
                            "Annotations to the provisional agenda", "Note by the secretariat",
                        ] : ["Provisional agenda"]),
                replaces: 5))
        #expect(document?.texts.contains("Its *bureau* proposes the schedule.") == annotated)
    }

    /// The provisional agenda with its symbol and date of issue: the masthead carries them,
    /// and the symbol heads every page after the first.
    @Test(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
    func theProvisionalAgendaCarriesItsSymbolAndDateOfIssue() throws {
        let cli = try Self.demo()
        let document = try expectWordMatchesMarkdown(
            cli, ["agenda", "show", "EB-2025-1", "--symbol", "HSP/EB.2025/1", "--issued", "2025-02-10"],
            name: "eb-2025-1-agenda.docx",
            masthead: MastheadInWord(
                row: [Self.board, "HSP/EB.2025/1\nDistr.: General\n10 February 2025\nOriginal: English"],
                paragraphs: ["First session of 2025", "Nairobi, 25–27 March 2025", "Provisional agenda"], replaces: 5))
        let section = try #require(document?.sections.first)
        #expect(section.differentFirstPageHeaderFooter)
        #expect(section.firstPageHeader == "")
        #expect(section.header == "HSP/EB.2025/1")
        #expect(section.footerHasPageField)
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

    /// The progress report is issued under its item of the provisional agenda: the item
    /// line's footnote names the provisional agenda's symbol, given when it was written.
    /// The masthead stands for the Markdown's first four paragraphs (the body, the session,
    /// place and dates, and the title, which the masthead splits into title and sub-title).
    @Test(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
    func theProgressReportInWordCarriesTheItemAndTheFootnoteNamingTheProvisionalAgenda() throws {
        let cli = try Self.demo()
        try cli.succeed("agenda", "show", "EB-2025-1", "--symbol", "HSP/EB.2025/1", "--issued", "2025-02-10")
        let document = try expectWordMatchesMarkdown(
            cli, ["report", "progress", "--for", "EB-2025-1", "--item", "9", "--symbol", "HSP/EB.2025/14"],
            name: "progress.docx",
            masthead: MastheadInWord(
                row: [Self.board, "HSP/EB.2025/14\nDistr.: General\n[date of issue not given]\nOriginal: English"],
                paragraphs: [
                    "First session of 2025", "Nairobi, 25–27 March 2025", "Item 9 of the provisional agenda*",
                    "Implementation of the resolutions adopted by the United Nations Habitat Assembly",
                    "Report of the Executive Director",
                ], replaces: 4))
        #expect(document?.footnotes.map(\.text).contains("*\tHSP/EB.2025/1.") == true, "\(document?.footnotes ?? [])")
        #expect(document?.sections.first?.header == "HSP/EB.2025/14")
    }

    /// Without -o, a Word file goes to standard output when that is a pipe or a file, as
    /// `summary PBA-56 --format docx > pba-56.docx` would write it.
    @Test(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
    func withoutAFileAWordDocumentGoesToARedirectedStandardOutput() throws {
        let cli = try ExampleDataTests.demo()
        let file = cli.folder.appending(path: "redirected.docx")
        let result = try cli.run(
            arguments: [
                "-c", #"exec "$0" "$@" > redirected.docx"#, CLI.binary.path, "summary", "PBA-56", "--format", "docx",
            ],
            binary: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let document = try DocxReader.read(file: file)
        #expect(document.texts.contains { $0.hasPrefix("1. The fifty-sixth meeting") })
    }

    static let script = Tool.folder(holding: "script")

    /// On a terminal the bytes of a Word file or a PDF would be garbage: refused, with the fix.
    @Test(
        .enabled(if: script != nil, "script (util-linux) is needed to give the command a terminal"),
        arguments: ["docx", "pdf"])
    func aPageFormatIsNotWrittenToATerminal(format: String) throws {
        let cli = try ExampleDataTests.demo()
        let command = "\(CLI.binary.path) summary PBA-56 --format \(format)"
        let result = try cli.run(
            arguments: ["-qec", command, "/dev/null"], binary: URL(fileURLWithPath: "\(Self.script!)/script"))
        #expect(result.status == 64, "\(result.stdout)")
        #expect(
            result.stdout.contains(
                "error: --format \(format): \(format == "pdf" ? "a PDF" : "a Word file") is not for the terminal; "
                    + "give -o FILE.\(format), or redirect standard output to a file"), "\(result.stdout)")
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

    /// A PATH for the PDF tests: no programs at all, or only a stand-in soffice that fails
    /// as LibreOffice does on a file it cannot load.
    static func path(for cli: CLI, sofficeFails: Bool) throws -> String {
        let programs = cli.folder.appending(path: sofficeFails ? "programs" : "no-programs")
        try FileManager.default.createDirectory(at: programs, withIntermediateDirectories: true)
        guard sofficeFails else { return programs.path }
        let soffice = programs.appending(path: "soffice")
        try "#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 3\n".write(
            to: soffice, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: soffice.path)
        return "\(programs.path):/usr/bin:/bin"
    }

    @Test func withoutLibreOfficePDFIsRefusedWithTheWayToInstallItAndNothingIsWritten() throws {
        let cli = try ExampleDataTests.demo()
        let result = try cli.run(
            arguments: ["summary", "PBA-56", "-o", "pba-56.pdf"],
            environment: ["PATH": try Self.path(for: cli, sofficeFails: false)])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: writing PDF needs LibreOffice, and soffice is not on PATH; install LibreOffice "
                + "(on Debian: apt-get install -y libreoffice-writer-nogui), or write the Word file instead\n")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appending(path: "pba-56.pdf").path))
    }

    /// A PDF that cannot be made, for want of LibreOffice or because its conversion fails,
    /// keeps no symbol: the document is written in the transaction that records it.
    @Test(arguments: [false, true], [["report", "progress", "--for", "EB-2025-1"], ["agenda", "show", "EB-2025-1"]])
    func aPDFThatCannotBeMadeKeepsNoSymbol(sofficeFails: Bool, command: [String]) throws {
        let cli = try Self.demo()
        let result = try cli.run(
            arguments: command + ["--symbol", "HSP/EB.2025/14", "-o", "report.pdf"],
            environment: ["PATH": try Self.path(for: cli, sofficeFails: sofficeFails)])
        #expect(result.status == 1, "\(result.stderr)")
        let documents = try cli.run("meeting", "documents", "EB-2025-1", "--json")
        #expect(documents.status == 0, "\(documents.stderr)")
        #expect(!documents.stdout.contains("HSP/EB.2025/14"), "\(documents.stdout)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appending(path: "report.pdf").path))
    }

    /// A conversion that fails says so with what soffice said, and writes nothing.
    @Test func aFailedConversionQuotesSofficeAndWritesNothing() throws {
        let cli = try ExampleDataTests.demo()
        let result = try cli.run(
            arguments: ["summary", "PBA-56", "-o", "pba-56.pdf"],
            environment: ["PATH": try Self.path(for: cli, sofficeFails: true)])
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
