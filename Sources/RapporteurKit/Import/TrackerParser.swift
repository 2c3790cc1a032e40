/// Reads the resolution tracker as published (seed 000's shape): the totals, then for
/// each resolution its title, status, resources required and mobilized, the gap and
/// gap per cent as displayed, any note or disclaimer, and the implementation summary.
/// Figures are in thousands ("$1,085K" is 1085); displayed figures are kept so that
/// the importer can check them against the tracker's own arithmetic.
public enum TrackerParser {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var line: Int
        public var title = ""
        public var status: ImplementationStatus?
        public var required: Int?
        public var mobilized: Int?
        public var displayedGap: Int?
        public var displayedGapPercent: Int?
        public var notes: [String] = []
        public var summary: [String] = []
    }

    public struct Result: Sendable {
        public var entries: [Entry] = []
        /// As displayed: required, mobilized, gap, gap per cent, each with its line.
        public var totals: [String: (value: Int, line: Int)] = [:]
        public var diagnostics: [Diagnostic] = []
        /// The last line, when the text stops mid-sentence in an implementation summary
        /// (a snapshot saved before the page had loaded); that paragraph is left out of
        /// the summary, since it is not whole.
        public var cutOff: (line: Int, text: String)?
    }

    public static func parse(_ text: String, file: String) -> Result {
        var result = Result()
        let lines = text.editorLines.map { DocumentLineCleaner.tracker.clean($0) }
        /// The field a label line announces; its value is on the next non-empty line.
        var pending: (field: String, line: Int)?
        var inSummary = false
        /// The line of the last summary paragraph, when it is the last line read.
        var lastParagraph: Int?
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let number = index + 1
            lastParagraph = nil
            if let field = pending {
                pending = nil
                store(line, as: field.field, at: number, in: &result, file: file)
                continue
            }
            if let match = heading.wholeMatch(in: line) {
                result.entries.append(Entry(key: "\(match.group(1) ?? "")/\(match.group(2) ?? "")", line: number))
                inSummary = false
                continue
            }
            let label = line.hasSuffix(":") ? String(line.dropLast()).lowercased() : nil
            if let label, fields.contains(label) {
                pending = (label, number)
                continue
            }
            if line.lowercased() == "implementation summary" {
                inSummary = true
                continue
            }
            guard !result.entries.isEmpty else { continue }
            let last = result.entries.count - 1
            if line.hasPrefix("Disclaimer:") {
                result.entries[last].notes.append(
                    String(line.dropFirst("Disclaimer:".count)).trimmingCharacters(in: .whitespaces))
            } else if inSummary {
                result.entries[last].summary.append(line)
                lastParagraph = number
            } else if result.entries[last].title.isEmpty {
                result.entries[last].title = line
            } else {
                result.entries[last].notes.append(line)
            }
        }
        if let number = lastParagraph, let paragraph = result.entries.last?.summary.last,
            let end = paragraph.last, !sentenceEnds.contains(end)
        {
            result.cutOff = (number, paragraph)
            result.entries[result.entries.count - 1].summary.removeLast()
        }
        if let field = pending {
            result.diagnostics.append(
                Diagnostic(file: file, line: field.line, .error, "'\(field.field):' has no value after it"))
        }
        for entry in result.entries {
            if entry.required == nil || entry.mobilized == nil {
                result.diagnostics.append(
                    Diagnostic(
                        file: file, line: entry.line, .error,
                        "resolution \(entry.key) gives no resource requirements or resources mobilized"))
            }
        }
        if result.entries.isEmpty {
            result.diagnostics.append(
                Diagnostic(
                    file: file, line: 1, .error,
                    "no resolution found: a tracker lists \"Resolution 2/7\" headings with their figures"))
        }
        return result
    }

    /// What a whole paragraph of a summary may end with: a full stop or another closing
    /// mark, a closing bracket ("… (OP3, 4)") or a closing quotation mark. Anything else
    /// (a letter, a comma, a colon) means the text stops short.
    private static let sentenceEnds: Set<Character> = [".", "!", "?", ")", "]", "\"", "”", "’", "'", "…"]

    /// "Resolution 2/7": the heading of one resolution's entry.
    static let heading = TextPattern(#"Resolution\s+([0-9]+)\s*\/\s*([0-9]+)"#)

    private static let fields: Set<String> = [
        "total resource requirements", "total resources mobilized", "total funding gap", "total funding gap %",
        "implementation status", "resource requirements", "resources mobilized", "funding gap", "funding gap %",
    ]

    private static func store(_ value: String, as field: String, at line: Int, in result: inout Result, file: String) {
        func number() -> Int? {
            let digits = value.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "$", with: "")
                .replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "K", with: "")
                .trimmingCharacters(in: .whitespaces)
            // A share (a "… %" field) is a per cent of what is required: never above 100.
            let isShare = field.hasSuffix("%")
            guard let parsed = ASCIIText.integer(digits, in: isShare ? 0...100 : FundingLine.amounts) else {
                result.diagnostics.append(
                    Diagnostic(
                        file: file, line: line, .error,
                        isShare
                            ? "'\(value)' is not a share; the tracker writes a funding gap per cent from 0% to 100%"
                            : "'\(value)' is not a figure; the tracker writes amounts as $1,085K and shares as 64%"))
                return nil
            }
            return parsed
        }
        if field.hasPrefix("total ") {
            let name = [
                "total resource requirements": "required", "total resources mobilized": "mobilized",
                "total funding gap": "gap", "total funding gap %": "gapPercent",
            ][field]!
            if let value = number() { result.totals[name] = (value, line) }
            return
        }
        guard !result.entries.isEmpty else { return }
        let last = result.entries.count - 1
        switch field {
        case "implementation status":
            guard let status = ImplementationStatus.parse(value) else {
                result.diagnostics.append(
                    Diagnostic(
                        file: file, line: line, .error,
                        "unknown implementation status '\(value)'; the statuses are Not started, Under implementation and Implemented"
                    ))
                return
            }
            result.entries[last].status = status
        case "resource requirements": result.entries[last].required = number()
        case "resources mobilized": result.entries[last].mobilized = number()
        case "funding gap": result.entries[last].displayedGap = number()
        default: result.entries[last].displayedGapPercent = number()
        }
    }
}
