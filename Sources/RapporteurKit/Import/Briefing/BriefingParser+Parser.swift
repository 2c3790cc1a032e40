import Foundation

extension BriefingParser {
    struct Parser {
        let file: String
        let lines: [String]
        /// Lines that start a page (after a form feed).
        let pageStarts: Set<Int>
        var index = 0
        var result = Result()

        init(file: String, text: String) {
            self.file = file
            var lines: [String] = []
            var pageStarts: Set<Int> = [0]
            for raw in text.editorLines {
                if raw.contains("\u{0C}") { pageStarts.insert(lines.count) }
                lines.append(DocumentLineCleaner.briefing.clean(raw))
            }
            self.lines = lines
            self.pageStarts = pageStarts
        }

        var number: Int { index + 1 }

        mutating func error(_ message: String, line: Int? = nil) {
            result.diagnostics.append(Diagnostic(file: file, line: line ?? number, .error, message))
        }

        mutating func run() {
            while index < lines.count {
                let titleLine = number
                if let key = title(BriefingPatterns.budgetTitle) {
                    budget(key, titleLine: titleLine)
                } else if let key = title(BriefingPatterns.roadmapTitle) {
                    roadmap(key, titleLine: titleLine)
                } else {
                    if result.symbol == nil, let symbol = headerSymbol(at: index) { result.symbol = symbol }
                    index += 1
                }
            }
        }

        /// A document symbol alone on a line of a page header (the first lines of a
        /// page), with three parts or more ("HSP/EB.2025/INF/3"), so that "N/A" is none.
        func headerSymbol(at index: Int) -> String? {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            guard pageStarts.contains(where: { index >= $0 && index < $0 + 8 }),
                BriefingPatterns.headerSymbol.wholeMatch(in: line) != nil,
                let symbol = try? DocumentSymbol.parse(line)
            else { return nil }
            return symbol.canonical
        }

        /// The resolution a table's title names, reading on to the next line when the
        /// title breaks before the number; the index moves past the title.
        mutating func title(_ pattern: TextPattern) -> String? {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            guard line.count < 160, BriefingPatterns.numberedParagraph.prefixMatch(in: line) == nil else { return nil }
            if let match = pattern.firstMatch(in: line) {
                index += 1
                return "\(match.group(1) ?? "")/\(match.group(2) ?? "")"
            }
            if index + 1 < lines.count {
                let joined = line + " " + lines[index + 1].trimmingCharacters(in: .whitespaces)
                if BriefingPatterns.titleStart.firstMatch(in: line) != nil,
                    let match = pattern.firstMatch(in: joined)
                {
                    index += 2
                    return "\(match.group(1) ?? "")/\(match.group(2) ?? "")"
                }
            }
            return nil
        }

        func isEnd(_ trimmed: String) -> Bool {
            BriefingPatterns.tableEnd.prefixMatch(in: trimmed) != nil
                || BriefingPatterns.budgetTitle.firstMatch(in: trimmed) != nil
                || BriefingPatterns.roadmapTitle.firstMatch(in: trimmed) != nil
        }

        /// A page number, or a symbol in a page header (the first one found is the
        /// briefing's own).
        mutating func isFurniture(_ trimmed: String) -> Bool {
            if DocumentLineCleaner.isPageNumber(trimmed) { return true }
            guard let symbol = headerSymbol(at: index) else { return false }
            if result.symbol == nil { result.symbol = symbol }
            return true
        }

        /// The next line of the table being read, trimmed and in cells, and whether blank
        /// lines came before it; nil at a closing line or the end of the text.
        mutating func nextTableLine() -> (trimmed: String, cells: [Cell], afterBlank: Bool)? {
            var afterBlank = false
            while index < lines.count {
                let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || isFurniture(trimmed) {
                    afterBlank = afterBlank || trimmed.isEmpty || pageStarts.contains(index)
                    index += 1
                    continue
                }
                return isEnd(trimmed) ? nil : (trimmed, BriefingParser.cells(lines[index]), afterBlank)
            }
            return nil
        }

        /// Moves past the rest of a table that cannot be read, to its first blank line.
        mutating func skipTable() {
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
        }
    }
}
