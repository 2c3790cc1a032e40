import Foundation
import RapporteurTestSupport
import Testing

@testable import RapporteurKit

/// Seed 004 saved as a Word document, a paragraph for each line of its text (its
/// paragraph numbers typed, as the secretariat's summaries type them), then read back:
/// the summary import must not tell the two apart.
@Suite(
    .enabled(if: Seeds.available, "../shared/seeds is missing: skipped"),
    .enabled(if: DocxReader.available, "python-docx is not installed (pip install python-docx): skipped"))
struct SeedDocxImportTests {
    /// The seed's text written by python-docx and read back by `DocxText`.
    func roundTrip(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appending(path: "seed-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appending(path: "004.txt")
        let docx = folder.appending(path: "004.docx")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let run = DocxReader.writeLines(of: source, to: docx)
        try #require(run.status == 0, "python-docx did not write the seed: \(run.stderr)")
        return try DocxText.text(ofFile: docx.path)
    }

    func imported(_ text: String) throws -> (record: String, numbers: [Int]) {
        let store = try referenceStore()
        try planBoardSession2024(in: store)
        let result = try store.importSummary(text, file: "004.txt")
        var numbers: [Int] = []
        for number in result.summary.paragraphs.map(\.number) where numbers.last != number { numbers.append(number) }
        return (RecordFormatWriter.write([try store.exportRecord("PBA-56")]), numbers)
    }

    @Test func theSeedReadFromWordImportsAsItsText() throws {
        let text = try Seeds.text("004")
        let fromWord = try roundTrip(text)
        // Every line a paragraph, each ending with a newline, the last one too.
        #expect(fromWord == (text.hasSuffix("\n") ? text : text + "\n"))
        let plain = try imported(text)
        let word = try imported(fromWord)
        #expect(plain.numbers == Array(1...73))
        #expect(word.numbers == Array(1...73))
        #expect(word.record == plain.record)
    }
}
