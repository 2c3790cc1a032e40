import Foundation
import RapporteurTestSupport
import Testing

@testable import RapporteurKit

/// A .docx read as the text the importers read.
struct DocxTextTests {
    @Test func aHandWrittenDocumentReadsAsItsReaderSeesIt() throws {
        let text = try DocxText.text(of: try HandWrittenDocx.docx(), file: "board.docx")
        #expect(text == HandWrittenDocx.expected)
    }

    @Test func bytesThatAreNoZipAreNoWordDocument() throws {
        let error = #expect(throws: RapporteurError.self) {
            try DocxText.text(of: Data("1. The Board met.\n".utf8), file: "minutes.docx")
        }
        #expect(error?.message.contains("minutes.docx is not a Word document") == true, "\(String(describing: error))")
        #expect(error?.message.contains("not a zip") == true)
    }

    @Test func aZipWithoutADocumentPartIsNoWordDocument() throws {
        let zip = try HandWrittenDocx.zip([("xl/workbook.xml", "<workbook/>")])
        let error = #expect(throws: RapporteurError.self) { try DocxText.text(of: zip, file: "sheet.docx") }
        #expect(error?.message.contains("sheet.docx is not a Word document") == true, "\(String(describing: error))")
        #expect(error?.message.contains("word/document.xml") == true)
    }

    /// A package cut short, or with bytes spoiled inside a compressed part, is refused as
    /// damaged: its directory and its streams are checked against its bytes, where
    /// reading past their end trapped (in memory) or never ended (from a file).
    @Test func aDamagedPackageIsRefusedNeverReadPastItsEnd() throws {
        let whole = try HandWrittenDocx.docx()
        #expect(try DocxText.text(of: whole, file: "board.docx") == HandWrittenDocx.expected)
        var damaged: [Data] = stride(from: 0, to: whole.count, by: 61).map { whole.prefix($0) }
        for offset in stride(from: 40, to: whole.count, by: 53) {
            var bytes = whole
            bytes[offset] ^= 0x5A
            damaged.append(bytes)
        }
        for bytes in damaged {
            do {
                _ = try DocxText.text(of: bytes, file: "board.docx")
            } catch let error as RapporteurError {
                #expect(error.message.contains("board.docx is not a Word document"), "\(error.message)")
            }
        }
        let cut = #expect(throws: RapporteurError.self) {
            try DocxText.text(of: whole.prefix(whole.count / 2), file: "cut.docx")
        }
        #expect(cut?.message.contains("the package is damaged") == true)
    }

    @Test func aMissingFileIsNamed() throws {
        let error = #expect(throws: RapporteurError.self) { try DocxText.text(ofFile: "/nonexistent/a.docx") }
        #expect(error?.message.contains("/nonexistent/a.docx") == true)
    }

    /// Word's own "List Number" style, as python-docx's template defines it: the style
    /// names the list, the list's first level names the style.
    @Test(.enabled(if: DocxReader.available, "python-docx is not installed (pip install python-docx): skipped"))
    func paragraphsInWordsListNumberStyleAreNumbered() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "list-number-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import sys, docx
            document = docx.Document()
            document.add_paragraph('Actions taken by the Board', style='Heading 1')
            for text in ['Approved the work programme.', 'Noted the audit.', 'Closed the session.']:
                document.add_paragraph(text, style='List Number')
            document.add_paragraph('Annex follows.')
            document.save(sys.argv[1])
            """
        let run = DocxReader.run(["python3", "-c", script, file.path])
        try #require(run.status == 0, "python-docx did not write the document: \(run.stderr)")
        let text = try DocxText.text(ofFile: file.path)
        #expect(
            text == """
                Actions taken by the Board
                1. Approved the work programme.
                2. Noted the audit.
                3. Closed the session.
                Annex follows.

                """)
    }
}
