import Foundation
import RapporteurTestSupport
import Testing

/// `--reference-docx FILE`, and `reference.docx` in the templates folder, give the Word
/// file its styles; a file that is no Word document is refused and nothing is written.
@Suite struct ReferenceDocxCommandTests {
    /// A Word document whose Normal style is set in Courier New, made by python-docx.
    private func courierReference(at file: URL) throws {
        let script = """
            import sys, docx
            document = docx.Document()
            document.styles["Normal"].font.name = "Courier New"
            document.save(sys.argv[1])
            """
        let made = Tool.run("/usr/bin/env", ["python3", "-c", script, file.path])
        #expect(made?.status == 0, "\(made?.stderr ?? "python3 did not run")")
    }

    @Test(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
    func theReferenceGivesTheWordFileItsFont() throws {
        let cli = try ExampleDataTests.demo()
        let reference = cli.folder.appending(path: "courier.docx")
        try courierReference(at: reference)
        let plain = cli.folder.appending(path: "plain.docx")
        let styled = cli.folder.appending(path: "styled.docx")
        try cli.succeed("summary", "PBA-56", "-o", plain.path)
        try cli.succeed("summary", "PBA-56", "-o", styled.path, "--reference-docx", reference.path)
        #expect(try DocxReader.read(file: plain).styles["Normal"]?.font != "Courier New")
        #expect(try DocxReader.read(file: styled).styles["Normal"]?.font == "Courier New")
        // The same from the templates folder, for every page format's command.
        let templates = cli.folder.appending(path: "templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: reference, to: templates.appending(path: "reference.docx"))
        let tracker = cli.folder.appending(path: "tracker.docx")
        try cli.succeed("tracker", "-o", tracker.path, "--templates", templates.path)
        #expect(try DocxReader.read(file: tracker).styles["Normal"]?.font == "Courier New")
    }

    @Test func aReferenceThatIsNoWordDocumentIsRefusedAndNothingIsWritten() throws {
        let cli = try ExampleDataTests.demo()
        let notes = cli.folder.appending(path: "notes.docx")
        try "plain text, not a zip package".write(to: notes, atomically: true, encoding: .utf8)
        for reference in ["missing.docx", notes.path] {
            let result = try cli.run("summary", "PBA-56", "-o", "out.docx", "--reference-docx", reference)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("error: the reference document \(reference) "), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: cli.folder.appending(path: "out.docx").path))
        }
    }
}
