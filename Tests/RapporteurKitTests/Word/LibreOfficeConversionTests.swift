import Foundation
import RapporteurTestSupport
import Testing

@testable import RapporteurKit

/// LibreOffice converts the .docx to PDF, the way PDFs are made from it: a document that
/// LibreOffice rejects or lays out on no page fails here. Skipped without LibreOffice.
@Suite struct LibreOfficeConversionTests {
    static let hasLibreOffice = DocxReader.run(["soffice", "--version"]).status == 0
    static let hasPoppler =
        DocxReader.run(["pdfinfo", "-v"]).status == 0 && DocxReader.run(["pdftotext", "-v"]).status == 0

    @Test(
        .enabled(if: hasLibreOffice, "LibreOffice (soffice) is not installed"),
        .enabled(if: hasPoppler, "pdfinfo and pdftotext (poppler-utils) are not installed"),
        .timeLimit(.minutes(3)))
    func aWrittenDocumentConvertsToAPDFWithEveryRowOfATableThatRunsOverAPage() throws {
        let folder = try WordFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Enough paragraphs that the table below starts at the foot of the first page it
        // is on, with one row there, and runs on for a page, its header row repeated.
        var blocks = WordFixture.page.blocks
        for number in 13...30 {
            let text = String(
                repeating: "The Board took note of the work of the secretariat and asked for more. ", count: 4)
            blocks.append(.numbered(number: "\(number).", text: text))
            if number == 15 {
                let wraps = "that runs long enough to wrap onto a second line of text"
                blocks.append(.listItem(marker: "(a)", text: "A sub-paragraph \(wraps);", depth: 0))
                blocks.append(.listItem(marker: "(i)", text: "A deeper sub-paragraph \(wraps);", depth: 1))
            }
        }
        let rows = (1...45).map { ["Resolution 2/\($0) on a subject of some length", "\($0 * 100)", "\($0 * 37)"] }
        blocks.append(.heading(level: 1, text: "II.\tA long table"))
        blocks.append(
            .table(
                PageTable(
                    header: ["Resolution", "Approved", "Spent"], rows: rows + [["Total", "99,999", "12,345"]],
                    figureColumns: [1, 2], lastRowIsTotal: true)))
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
        #expect((pages ?? 0) >= 3, "pdfinfo: \(info.stdout)")
        let text = DocxReader.run(["pdftotext", "-layout", pdf.path, "-"]).stdout
        let missing = rows.map { $0[0] }.filter { !text.contains($0) }
        #expect(missing.isEmpty, "\(missing.count) rows missing from the PDF, the first \(missing.first ?? "")")
        let headerRows = text.split(separator: "\n").filter { $0.contains("Resolution") && $0.contains("Approved") }
        #expect(headerRows.count >= 2, "the header row repeats on the table's second page")
    }
}
