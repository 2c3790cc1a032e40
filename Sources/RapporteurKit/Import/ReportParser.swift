/// Reads the Executive Director's report on the implementation of resolutions (seed
/// 001's shape): numbered paragraphs under "A. Resolution 1/1" headings, with page
/// breaks, footnotes and bold markers in between. The first "*" footnote gives the
/// report's own symbol.
public enum ReportParser {
    public struct Paragraph: Sendable, Equatable {
        public var number: Int
        public var line: Int
        /// The resolution heading it sits under ("2/7"), or nil (the introduction).
        public var resolution: String?
        public var text: String
    }

    public struct Result: Sendable {
        public var symbol: String?
        public var paragraphs: [Paragraph] = []
        public var diagnostics: [Diagnostic] = []
    }

    public static func parse(_ text: String, file: String) -> Result {
        var result = Result()
        var resolution: String?
        var open = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\u{00A0}", with: " ")
                .trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if let match = line.prefixMatch(of: /[A-Z]\.\s+Resolution\s+(\d+)\s*\/\s*(\d+)/) {
                resolution = "\(match.1)/\(match.2)"
                open = false
            } else if line.prefixMatch(of: /[IVX]+\.\s+\S/) != nil {
                resolution = nil
                open = false
            } else if let match = line.prefixMatch(of: /(\*|[¹²³⁴⁵⁶⁷⁸⁹])\s*(HSP\/\S+?)\.?$/) {
                // A footnote: the first "*" one names the report itself.
                if match.1 == "*", result.symbol == nil { result.symbol = String(match.2) }
            } else if let match = line.wholeMatch(of: /(\d+)\.\s+(.+)/) {
                let number = Int(match.1)!
                if let last = result.paragraphs.last?.number, number != last + 1 {
                    result.diagnostics.append(Diagnostic(file: file, line: index + 1, .warning,
                        "paragraph \(number) follows paragraph \(last)"))
                }
                result.paragraphs.append(Paragraph(number: number, line: index + 1, resolution: resolution, text: String(match.2)))
                open = true
            } else if open {
                // A paragraph broken by a page: the line continues it.
                result.paragraphs[result.paragraphs.count - 1].text += " " + line
            }
        }
        if result.paragraphs.isEmpty {
            result.diagnostics.append(Diagnostic(file: file, line: 1, .error,
                "no numbered paragraph found: a report has paragraphs numbered 1., 2., … under resolution headings"))
        }
        return result
    }
}
