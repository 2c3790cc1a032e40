import Foundation

/// Reads a .docx back with python-docx, a reader independent of the writer, through
/// `read_docx.py` beside this file (which says what its JSON holds). `scripts/test`
/// installs python-docx when missing; without it the tests that read are skipped, saying why.
enum DocxReader {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "read_docx.py")

    static let available: Bool = run(["python3", "-c", "import docx, lxml"]).status == 0

    static let missing = "python-docx is needed to read the .docx back (pip install python-docx)"

    /// What python-docx found in a document.
    struct Report: Decodable {
        var body: [Item]
        var paragraphs: [Paragraph]
        var styles: [String: Style]
        var defaultFont: String?
        var sections: [Section]
        var footnotes: [Footnote]
        var footnoteReferences: [FootnoteReference]
        var coreTitle: String?

        /// Every paragraph of the body in order, those in table cells included.
        var allParagraphs: [Paragraph] {
            body.flatMap { item -> [Paragraph] in
                if item.kind == "paragraph" { return [Paragraph(style: item.style, text: item.text ?? "")] }
                return (item.cellParagraphs ?? []).flatMap { $0.flatMap { $0 } }.map {
                    Paragraph(style: $0.style, text: $0.text)
                }
            }
        }

        var tables: [Item] { body.filter { $0.kind == "table" } }
    }

    /// A paragraph or a table of the body.
    struct Item: Decodable {
        var kind: String
        var style: String?
        var text: String?
        var rows: [[String]]?
        var headerRowsRepeat: [Bool]?
        var cellParagraphs: [[[CellParagraph]]]?
    }

    struct Paragraph: Decodable, Equatable {
        var style: String?
        var text: String
    }

    struct CellParagraph: Decodable {
        var style: String?
        var text: String
        /// python-docx's name of the alignment ("RIGHT (2)"), nil when the style's.
        var alignment: String?
    }

    struct Style: Decodable {
        var type: String
        var font: String?
        var sizePt: Double?
    }

    struct Section: Decodable {
        var differentFirstPageHeaderFooter: Bool
        var oddAndEvenPagesHeaderFooter: Bool
        var pageWidthTwips: Int?
        var pageHeightTwips: Int?
        var leftMarginTwips: Int?
        var rightMarginTwips: Int?
        var header: String
        var firstPageHeader: String
        var footer: String
        var firstPageFooter: String
        var footerHasPageField: Bool
        var firstPageFooterHasPageField: Bool
    }

    struct Footnote: Decodable {
        var id: Int
        var type: String?
        var text: String
    }

    struct FootnoteReference: Decodable {
        var id: Int
        var customMarkFollows: Bool
        var paragraphText: String
    }

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `docx` to a temporary file and reads it.
    static func read(_ docx: Data) throws -> Report {
        let file = FileManager.default.temporaryDirectory.appending(path: "read-\(UUID().uuidString).docx")
        try docx.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try read(file: file)
    }

    static func read(file: URL) throws -> Report {
        let result = run(["python3", script.path, file.path])
        guard result.status == 0 else {
            throw ReadError(description: "read_docx.py exited \(result.status): \(result.stderr)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Report.self, from: Data(result.stdout.utf8))
    }

    /// Runs a tool found on the PATH; stderr goes to a file, so that neither stream can block it.
    static func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        let errors = FileManager.default.temporaryDirectory.appending(path: "stderr-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        guard let errorHandle = try? FileHandle(forWritingTo: errors) else { return (-1, "", "no file for stderr") }
        process.standardError = errorHandle
        do { try process.run() } catch { return (-1, "", "\(arguments[0]) did not run: \(error)") }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? errorHandle.close()
        let errorText = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), errorText)
    }
}
