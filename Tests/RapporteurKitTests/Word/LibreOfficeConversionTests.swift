import Foundation
import Testing

@testable import RapporteurKit

/// LibreOffice converts the .docx to PDF, the way PDFs are made from it: a document that
/// LibreOffice rejects or lays out on no page fails here. Skipped without LibreOffice.
@Suite struct LibreOfficeConversionTests {
    static let hasLibreOffice = DocxReader.run(["soffice", "--version"]).status == 0
    static let hasPdfinfo = DocxReader.run(["pdfinfo", "-v"]).status == 0

    @Test(
        .enabled(if: hasLibreOffice, "LibreOffice (soffice) is not installed"),
        .enabled(if: hasPdfinfo, "pdfinfo (poppler-utils) is not installed"),
        .timeLimit(.minutes(3)))
    func aWrittenDocumentConvertsToAPDFOfOneOrMorePages() throws {
        let folder = try WordFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var blocks = WordFixture.page.blocks
        for number in 13...40 {
            blocks.append(
                .numbered(number: "\(number).", text: String(repeating: "The Board took note of the work. ", count: 6)))
        }
        let page = PageDocument(masthead: WordFixture.masthead, runningHeader: "HSP/EB.2025/14", blocks: blocks)
        let file = folder.appending(path: "report.docx")
        try WordWriter.docx(page).write(to: file)
        // A profile of its own, so that conversions running at the same time do not clash.
        let profile = folder.appending(path: "profile")
        let converted = DocxReader.run([
            "soffice", "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf",
            "--outdir", folder.path, file.path,
        ])
        #expect(converted.status == 0, "\(converted.stderr)")
        let pdf = folder.appending(path: "report.pdf")
        let info = DocxReader.run(["pdfinfo", pdf.path])
        #expect(info.status == 0, "\(info.stderr)")
        let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
        #expect((pages ?? 0) >= 2, "pdfinfo: \(info.stdout)")
    }
}
