import Foundation

/// Reads a .docx back with python-docx, an independent reader: its body's paragraphs
/// (text and style) and its tables (cells, and which rows repeat as a header on each
/// page, `w:tblHeader`). `scripts/test` installs python-docx when it is missing; the
/// tests that read Word files skip without it, saying so.
enum DocxReader {
    struct Paragraph: Decodable, Equatable {
        let text: String
        let style: String
    }

    struct Table: Decodable, Equatable {
        let rows: [[String]]
        /// Per row: whether it repeats at the top of each page.
        let repeatsAsHeader: [Bool]
    }

    struct Document: Decodable {
        let paragraphs: [Paragraph]
        let tables: [Table]

        /// The paragraphs' text as the Markdown's read: a tab (after a number or marker)
        /// as a space, the ends trimmed, empty paragraphs left out.
        var texts: [String] {
            paragraphs.map {
                $0.text.replacingOccurrences(of: "\t", with: " ").trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
        }
    }

    static let script = """
        import json, sys
        import docx
        from docx.oxml.ns import qn
        document = docx.Document(sys.argv[1])
        def repeats(row):
            properties = row._tr.trPr
            return properties is not None and properties.find(qn("w:tblHeader")) is not None
        print(json.dumps({
            "paragraphs": [{"text": p.text, "style": p.style.name if p.style is not None else ""}
                           for p in document.paragraphs],
            "tables": [{"rows": [[cell.text for cell in row.cells] for row in table.rows],
                        "repeatsAsHeader": [repeats(row) for row in table.rows]}
                       for table in document.tables],
        }))
        """

    static let available = Tool.run("/usr/bin/env", ["python3", "-c", "import docx"])?.status == 0
    static let missing = "python-docx is needed to read Word files back (pip install python-docx)"

    static func read(_ file: URL) throws -> Document {
        guard let result = Tool.run("/usr/bin/env", ["python3", "-c", script, file.path]), result.status == 0 else {
            throw CLI.Failure(description: "python-docx could not read \(file.path)")
        }
        return try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8))
    }
}
