import Foundation
import RapporteurTestSupport
import Testing

@testable import RapporteurKit

/// A PDF read through pdftotext.
struct PDFTextTests {
    static let tools =
        Tool.folder(holding: "soffice") != nil && PDFText.pdftotext(in: PDFText.defaultSearchPath()) != nil

    @Test(.enabled(if: tools, "soffice (LibreOffice) or pdftotext (poppler-utils) is missing: skipped"))
    func aPDFMadeFromTextReadsBackAsThatText() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "pdf-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appending(path: "minutes.txt")
        let lines = [
            "Agenda item 4 - Budget of the Foundation.",
            "12. The Board approved the revised budget for 2026.",
            "13. Two delegations asked for a briefing before the next session.",
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: source, atomically: true, encoding: .utf8)
        let profile = folder.appending(path: "profile")
        let run = DocxReader.run([
            "soffice", "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf",
            "--outdir", folder.path, source.path,
        ])
        let pdf = folder.appending(path: "minutes.pdf")
        try #require(
            FileManager.default.fileExists(atPath: pdf.path), "soffice made no PDF: \(run.stdout) \(run.stderr)")
        let text = try PDFText.text(ofFile: pdf.path)
        let read = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        #expect(read == lines, "\(text)")
    }

    @Test func withoutPdftotextTheMessageSaysHowToGetIt() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "no-tool-\(UUID().uuidString).pdf")
        try Data("%PDF-1.4\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = #expect(throws: RapporteurError.self) {
            try PDFText.text(ofFile: file.path, searchPath: ["/nonexistent-folder"])
        }
        #expect(
            error?.message
                == "cannot read \(file.path): reading a PDF needs pdftotext: install it with `apt-get install -y poppler-utils`, or save the document as text"
        )
    }

    @Test(.enabled(if: PDFText.pdftotext(in: PDFText.defaultSearchPath()) != nil, "pdftotext is missing: skipped"))
    func aFileThatIsNoPDFIsNamedWithWhatPdftotextSaid() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "not-a-pdf-\(UUID().uuidString).pdf")
        try Data("1. The Board met.\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = #expect(throws: RapporteurError.self) { try PDFText.text(ofFile: file.path) }
        #expect(
            error?.message.contains("cannot read \(file.path) as a PDF: pdftotext exited with status") == true,
            "\(String(describing: error))")
        // What pdftotext printed comes with it (poppler writes "Syntax Error: …").
        #expect(error?.message.contains("Syntax") == true, "\(String(describing: error))")
    }
}
