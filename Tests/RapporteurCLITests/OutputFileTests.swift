import Foundation
import Testing

/// `-o FILE` writes the format its extension names, and refuses what it cannot write.
@Suite struct OutputFileTests {
    static func written(_ cli: CLI, _ name: String) throws -> String {
        try String(contentsOf: cli.folder.appending(path: name), encoding: .utf8)
    }

    @Test func theOutputFilesExtensionChoosesTheFormat() throws {
        let cli = try ExampleDataTests.demo()
        for (command, name, format) in [
            (["summary", "PBA-56"], "s.html", "html"), (["summary", "PBA-56"], "s.md", "md"),
            (["summary", "PBA-56"], "s.txt", "txt"), (["summary", "PBA-56"], "s.json", "json"),
            (["agenda", "show", "PBA-56"], "a.HTML", "html"),
            (["followup", "--as-of", "2025-01-15"], "f.markdown", "md"),
            (["tracker"], "t.csv", "csv"), (["tracker"], "t.htm", "html"),
            (["report", "progress", "--for", "EB-2024-2"], "p.md", "md"),
        ] {
            let result = try cli.run(arguments: command + ["-o", name])
            #expect(result.status == 0, "\(command) -o \(name): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            let expected = try cli.run(arguments: command + ["--format", format])
            #expect(expected.status == 0)
            #expect(
                try Self.lines(Self.written(cli, name)) == Self.lines(expected.stdout),
                "\(command) -o \(name) is not \(format)")
        }
        #expect(try Self.written(cli, "s.html").contains("<html"))
        // A name without an extension keeps the default, or --format.
        try cli.succeed("summary", "PBA-56", "--format", "md", "-o", "summary-draft")
        #expect(
            try Self.lines(Self.written(cli, "summary-draft"))
                == Self.lines(cli.succeed("summary", "PBA-56", "--format", "md")))
        try cli.succeed("summary", "PBA-56", "-o", "summary-plain")
        #expect(try Self.lines(Self.written(cli, "summary-plain")) == Self.lines(cli.succeed("summary", "PBA-56")))
    }

    /// The text without the one line break printing adds at the end.
    static func lines(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    @Test(arguments: [
        (
            ["summary", "PBA-56", "-o", "s.odt"],
            "error: -o s.odt: no format is written as .odt; the formats are txt, md, html, json, akn, docx and pdf\n"
        ),
        (
            ["summary", "PBA-56", "--format", "md", "-o", "s.html"],
            "error: --format md does not match -o s.html, which is html; give one of them\n"
        ),
        (
            ["agenda", "show", "PBA-56", "--json", "-o", "a.md"],
            "error: --json does not match -o a.md, which is md; give one of them\n"
        ),
        (
            ["summary", "PBA-56", "-o", "s.csv"],
            "error: -o s.csv: no format is written as .csv; the formats are txt, md, html, json, akn, docx and pdf\n"
        ),
        (
            ["tracker", "-o", "t.xlsx"],
            "error: -o t.xlsx: no format is written as .xlsx; the formats are txt, md, html, json, csv, docx and pdf\n"
        ),
        (
            ["summary", "PBA-56", "--format", "csv"],
            "error: --format csv: the formats are txt, md, html, json, akn, docx and pdf\n"
        ),
        (["meeting", "list", "--format", "md"], "error: --format md: the formats are txt and json\n"),
        (
            ["summary", "PBA-56", "-o", "drafts/s.md"],
            "error: -o drafts/s.md: the folder drafts does not exist; create it first\n"
        ),
        (["tracker", "-o", "out/t.csv"], "error: -o out/t.csv: the folder out does not exist; create it first\n"),
        (["summary", "PBA-56", "-o", "."], "error: -o .: it is a folder; give a file name\n"),
        (
            ["export", "record", "PBA-56", "-o", "records/pba-56.record"],
            "error: -o records/pba-56.record: the folder records does not exist; create it first\n"
        ),
    ])
    func anOutputNoFormatCanWriteIsRefused(arguments: [String], message: String) throws {
        let cli = try ExampleDataTests.demo()
        let before = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).sorted()
        let result = try cli.run(arguments: arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).sorted() == before)
    }
}
