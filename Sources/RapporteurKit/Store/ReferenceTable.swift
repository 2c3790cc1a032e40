/// A tab-separated reference file: `#` comment lines, one header line, then rows.
/// Problems name the file and line, like every importer's diagnostics.
struct ReferenceTable {
    struct Row {
        let line: Int
        let values: [String: String]

        func require(_ column: String, file: String) throws -> String {
            guard let value = values[column], !value.isEmpty else {
                throw RapporteurError.failure("\(file):\(line): error: the column '\(column)' is empty")
            }
            return value
        }

        func optional(_ column: String) -> String? {
            guard let value = values[column], !value.isEmpty else { return nil }
            return value
        }
    }

    let file: String
    let rows: [Row]

    init(file: String, text: String) throws {
        self.file = file
        var header: [String]?
        var rows: [Row] = []
        for (index, rawLine) in text.editorLines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else {
                header = fields
                continue
            }
            guard fields.count == columns.count else {
                throw RapporteurError.failure(
                    "\(file):\(index + 1): error: \(fields.count) fields where the header has \(columns.count)")
            }
            rows.append(Row(line: index + 1, values: Dictionary(uniqueKeysWithValues: zip(columns, fields))))
        }
        self.rows = rows
    }

    /// Reads an embedded file of `Schema/reference/`.
    static func embedded(_ name: String) throws -> ReferenceTable {
        guard let text = EmbeddedResources.reference[name] else {
            throw RapporteurError.failure("the reference file \(name) is missing from this build")
        }
        return try ReferenceTable(file: "Schema/reference/\(name)", text: text)
    }
}
