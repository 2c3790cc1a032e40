import Foundation
import RapporteurTestSupport
import Testing

/// Seed 004 as Word saves "plain text" on Windows: UTF-16 with its mark, or Windows-1252.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct DocumentEncodingCommandTests {
    private func imported(_ bytes: Data, arguments: [String] = []) throws -> (result: CLI.Result, record: String) {
        let (cli, _) = try CLI.withSeed004()
        let file = cli.folder.appending(path: "004-saved.txt")
        try bytes.write(to: file)
        let result = try cli.run(arguments: ["import", "summary", file.path] + arguments)
        let record = try cli.run("export", "record", "PBA-56").stdout
        return (result, record)
    }

    private func asRead() throws -> String {
        try imported(Data(try SeedFolder.text("004").utf8)).record
    }

    @Test func utf16WithItsMarkReadsAsTheUTF8Text() throws {
        let text = try SeedFolder.text("004")
        let bytes = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let (result, record) = try imported(bytes)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("read as"))
        #expect(record == (try asRead()))
    }

    @Test func windows1252IsReadWithANoteAndTheSameRecord() throws {
        let text = try SeedFolder.text("004")
        // The seed's only characters beyond ASCII are the en dash and curly double quotes.
        let table: [Character: UInt8] = ["–": 0x96, "“": 0x93, "”": 0x94]
        var bytes: [UInt8] = []
        for character in text {
            if let byte = table[character] { bytes.append(byte) } else { bytes += Array(String(character).utf8) }
        }
        try #require(bytes.allSatisfy { $0 < 0x80 || [0x93, 0x94, 0x96].contains($0) })
        let (result, record) = try imported(Data(bytes))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("004-saved.txt: read as Windows-1252, since it is not UTF-8 (byte 0x"))
        #expect(result.stderr.contains("give --encoding if it is in another"))
        #expect(record == (try asRead()))
    }

    @Test func aFileThatIsNoTextIsRefusedAndNothingIsWritten() throws {
        let (result, record) = try imported(Data([0x31, 0x2E, 0x20, 0x81, 0x0A]))
        #expect(result.status == 64)
        #expect(result.stderr.contains("nor Windows-1252 (byte 0x81 at offset 3, line 1"))
        #expect(record.isEmpty)
    }

    @Test func theEncodingCanBeForced() throws {
        let text = try SeedFolder.text("004")
        let bytes = Data(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        let (result, record) = try imported(bytes, arguments: ["--encoding", "utf-16be"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(record == (try asRead()))
        let wrong = try imported(Data(text.utf8), arguments: ["--encoding", "latin-9"])
        #expect(wrong.result.status == 64)
        #expect(wrong.result.stderr.contains("utf-16le"))
    }
}

/// Seed 004 saved as a Word document: `import summary` reads it by its content, whatever
/// its name, and stores the record the plain text gives.
@Suite(
    .enabled(if: SeedFolder.available, "../shared/seeds is missing"),
    .enabled(if: DocxReader.available, "python-docx is not installed (pip install python-docx): skipped"))
struct WordDocumentCommandTests {
    @Test func aSummarySavedFromWordImportsAsItsText() throws {
        let (cli, text) = try CLI.withSeed004()
        let plain = try cli.succeed("import", "summary", text.path, "--dry-run", "--json")
        let docx = cli.folder.appending(path: "pba-56 summary.docx")
        let made = DocxReader.writeLines(of: text, to: docx)
        try #require(made.status == 0, "python-docx did not write the seed: \(made.stderr)")
        let fromWord = try cli.succeed("import", "summary", docx.path, "--dry-run", "--json")
        // The same reading, paragraph for paragraph (the file names differ, nothing else).
        #expect(
            fromWord.replacingOccurrences(of: docx.path, with: text.path) == plain, "the .docx reads otherwise")
        #expect(try cli.run("import", "summary", docx.path).status == 0)
    }
}
