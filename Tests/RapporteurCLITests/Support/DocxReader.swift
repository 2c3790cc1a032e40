import Foundation

/// Reads a .docx back with python-docx, an independent reader, through the library
/// tests' `read_docx.py` (Tests/RapporteurKitTests/Support, which says what its JSON
/// holds): the body's paragraphs, text and style, and its tables, with the rows that
/// repeat as a header on each page (`w:tblHeader`). `scripts/test` installs python-docx
/// when it is missing; the tests that read Word files skip without it, saying so.
enum DocxReader {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "RapporteurKitTests/Support/read_docx.py")

    struct Paragraph: Decodable, Equatable {
        let style: String?
        let text: String
    }

    /// A paragraph or a table of the body, in order.
    struct Item: Decodable {
        let kind: String
        let rows: [[String]]?
        let headerRowsRepeat: [Bool]?
    }

    struct Style: Decodable {
        let font: String?
    }

    /// A section's running header and footer, as python-docx reads them.
    struct Section: Decodable {
        let differentFirstPageHeaderFooter: Bool
        let header: String
        let firstPageHeader: String
        let footerHasPageField: Bool
    }

    struct Footnote: Decodable {
        let id: Int
        let text: String
    }

    struct Document: Decodable {
        /// The body's paragraphs outside tables.
        let paragraphs: [Paragraph]
        let sections: [Section]
        let footnotes: [Footnote]
        let body: [Item]
        /// The paragraph and character styles, by name.
        let styles: [String: Style]

        var tables: [Item] { body.filter { $0.kind == "table" } }

        /// The paragraphs' text as the Markdown's read: a tab (after a number or marker)
        /// as a space, a bullet ("- ", which the Markdown's list marker also is) left out,
        /// the ends trimmed, empty paragraphs left out.
        var texts: [String] {
            paragraphs.map { paragraph -> String in
                var text = paragraph.text.replacingOccurrences(of: "\t", with: " ")
                    .trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("- ") { text.removeFirst(2) }
                return text
            }.filter { !$0.isEmpty }
        }
    }

    static let available = Tool.run("/usr/bin/env", ["python3", "-c", "import docx, lxml"])?.status == 0
    static let missing = "python-docx is needed to read Word files back (pip install python-docx)"

    static func read(_ file: URL) throws -> Document {
        guard let result = Tool.run("/usr/bin/env", ["python3", script.path, file.path]), result.status == 0 else {
            throw CLI.Failure(description: "read_docx.py could not read \(file.path)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Document.self, from: Data(result.stdout.utf8))
    }
}
