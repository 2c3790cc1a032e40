extension ReportParser {
    /// What a report holds that the importer reads but stores nowhere: the lines before
    /// its first heading (the masthead, the title), and the paragraphs of a section on no
    /// resolution or decision (an introduction), each said in one warning at its line.
    struct SkippedSections {
        struct Section {
            /// nil: before the first heading.
            var heading: String?
            var line: Int?
            /// About a resolution or a decision, so its paragraphs are stored.
            var placed: Bool
            var paragraphs: [(number: Int, line: Int)] = []
        }

        private var sections = [Section(heading: nil, line: nil, placed: false)]
        private var frontMatterLines: [Int] = []

        /// Whether a heading has been read.
        var anyOpened: Bool { sections.count > 1 }

        mutating func open(_ heading: String, at line: Int, placed: Bool) {
            sections.append(Section(heading: heading, line: line, placed: placed))
        }

        /// A paragraph of the current section that is about no resolution or decision.
        mutating func skip(_ number: Int, at line: Int) {
            sections[sections.count - 1].paragraphs.append((number, line))
        }

        /// A line of text before the first heading and the first paragraph.
        mutating func frontMatter(at line: Int) {
            frontMatterLines.append(line)
        }

        func diagnostics(file: String) -> [Diagnostic] {
            var diagnostics: [Diagnostic] = []
            if let first = frontMatterLines.first, let last = frontMatterLines.last {
                let lines =
                    first == last
                    ? "line \(first), before the first heading, is"
                    : "lines \(first) to \(last), before the first heading, are"
                diagnostics.append(
                    Diagnostic(
                        file: file, line: first, .warning,
                        "\(lines) taken as the report's masthead and title and not stored"))
            }
            for section in sections where !section.placed {
                guard let first = section.paragraphs.first else { continue }
                let numbers = Self.numbers(section.paragraphs.map(\.number))
                let how =
                    "a heading such as \"A. Resolution 2/7\" or \"V. Decision 1/3\" says what paragraphs are about"
                if let heading = section.heading, let line = section.line {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: line, .warning,
                            "section '\(heading)' is about no resolution or decision, so its \(numbers) not stored (\(how))"
                        ))
                } else {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: first.line, .warning,
                            "\(numbers) under no heading of a resolution or decision and not stored (\(how))"))
                }
            }
            return diagnostics
        }

        /// "paragraph 1 is", "paragraphs 1 to 3 are", "paragraphs 1, 4 are".
        static func numbers(_ numbers: [Int]) -> String {
            guard let first = numbers.first, let last = numbers.last else { return "" }
            if numbers.count == 1 { return "paragraph \(first) is" }
            if last - first == numbers.count - 1 { return "paragraphs \(first) to \(last) are" }
            return "paragraphs \(numbers.map(String.init).joined(separator: ", ")) are"
        }
    }
}
