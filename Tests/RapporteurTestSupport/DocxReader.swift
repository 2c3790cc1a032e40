import Foundation

/// Reads a .docx back with python-docx, a reader independent of the writer, through
/// `read_docx.py` beside this file (which says what its JSON holds), for the library's
/// tests and the command line's. `scripts/test`
/// installs python-docx when missing; without it the tests that read are skipped, saying why.
public enum DocxReader {
    public static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(
        path: "read_docx.py")

    public static let available: Bool = run(["python3", "-c", "import docx, lxml"]).status == 0

    public static let missing = "python-docx is needed to read the .docx back (pip install python-docx)"

    /// What python-docx found in a document.
    public struct Report: Decodable {
        public var body: [Item]
        public var paragraphs: [Paragraph]
        public var styles: [String: Style]
        public var defaultFont: String?
        public var sections: [Section]
        public var footnotes: [Footnote]
        public var footnoteReferences: [FootnoteReference]
        public var coreTitle: String?

        /// Every paragraph of the body in order, those in table cells included.
        public var allParagraphs: [Paragraph] {
            body.flatMap { item -> [Paragraph] in
                if item.kind == "paragraph" { return [Paragraph(style: item.style, text: item.text ?? "")] }
                return (item.cellParagraphs ?? []).flatMap { $0.flatMap { $0 } }.map {
                    Paragraph(style: $0.style, text: $0.text)
                }
            }
        }

        public var tables: [Item] { body.filter { $0.kind == "table" } }

        /// The paragraphs' text as the Markdown's read: a tab (after a number or marker)
        /// as a space, a bullet (the Markdown's list dash) left out, the ends trimmed,
        /// empty paragraphs left out.
        public var texts: [String] {
            paragraphs.map { paragraph -> String in
                var text = paragraph.text.replacingOccurrences(of: "\t", with: " ")
                    .trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("• ") { text.removeFirst(2) }
                return text
            }.filter { !$0.isEmpty }
        }
    }

    /// A paragraph or a table of the body.
    public struct Item: Decodable {
        public var kind: String
        public var style: String?
        public var text: String?
        public var rows: [[String]]?
        public var headerRowsRepeat: [Bool]?
        public var cellParagraphs: [[[CellParagraph]]]?
    }

    public struct Paragraph: Decodable, Equatable {
        public var style: String?
        public var text: String

        public init(style: String?, text: String) {
            self.style = style
            self.text = text
        }
    }

    public struct CellParagraph: Decodable {
        public var style: String?
        public var text: String
        /// python-docx's name of the alignment ("RIGHT (2)"), nil when the style's.
        public var alignment: String?
    }

    public struct Style: Decodable {
        public var type: String
        public var font: String?
        public var sizePt: Double?
    }

    public struct Section: Decodable {
        public var differentFirstPageHeaderFooter: Bool
        public var oddAndEvenPagesHeaderFooter: Bool
        public var pageWidthTwips: Int?
        public var pageHeightTwips: Int?
        public var leftMarginTwips: Int?
        public var rightMarginTwips: Int?
        public var header: String
        public var firstPageHeader: String
        public var footer: String
        public var firstPageFooter: String
        public var footerHasPageField: Bool
        public var firstPageFooterHasPageField: Bool
    }

    public struct Footnote: Decodable {
        public var id: Int
        public var type: String?
        public var text: String
    }

    public struct FootnoteReference: Decodable {
        public var id: Int
        public var customMarkFollows: Bool
        public var paragraphText: String
    }

    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `docx` to a temporary file and reads it.
    public static func read(_ docx: Data) throws -> Report {
        let file = FileManager.default.temporaryDirectory.appending(path: "read-\(UUID().uuidString).docx")
        try docx.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try read(file: file)
    }

    public static func read(file: URL) throws -> Report {
        let result = run(["python3", script.path, file.path])
        guard result.status == 0 else {
            throw ReadError(description: "read_docx.py exited \(result.status): \(result.stderr)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Report.self, from: Data(result.stdout.utf8))
    }

    /// Runs a tool found on the PATH (python3, soffice, pdfinfo).
    /// Writes with python-docx a Word document with one paragraph for each line of a text
    /// file (the last, empty line after a final newline left out), as a person pasting
    /// the text into Word would have it.
    public static func writeLines(of text: URL, to docx: URL) -> (status: Int32, stdout: String, stderr: String) {
        let script = """
            import sys, docx
            lines = open(sys.argv[1], encoding='utf-8').read().split('\\n')
            if lines and lines[-1] == '':
                lines.pop()
            document = docx.Document()
            for line in lines:
                document.add_paragraph(line)
            document.save(sys.argv[2])
            """
        return run(["python3", "-c", script, text.path, docx.path])
    }

    public static func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        Tool.run("/usr/bin/env", arguments) ?? (-1, "", "\(arguments[0]) did not run")
    }
}
