/// When a roadmap step is to happen, as a briefing writes it ("November 2023", "Nov 2023
/// Feb / Mar 2024", "Early 2024", "By end 2023", "2024-25", "Immediate"), with the days
/// it covers where they can be read.
///
/// - A month is its first to its last day; a month written without a year takes the
///   year written after it ("Feb / Mar 2024", "Nov 2023 Feb / Mar 2024"); a day before
///   a month is that day ("27 October 2023").
/// - A year is 1 January to 31 December; "2023-2025" and "2024-25" run from the first
///   year's start to the last one's end.
/// - "Early 2024" is January to April, "Mid 2024" May to August, "Late 2024" September
///   to December; "Q1 2025" is January to March; "end 2023" is December.
/// - "By …" gives only an end; "… ongoing" only a start ("Mar 2024 ongoing").
/// - "Immediate", "Continuous", "Ongoing", or months with no year ("Mar ongoing") are
///   periods with no days.
///
/// A qualifier in brackets after it ("(TBC by Exec Board)", "(subject to resources)")
/// stays in what is written and does not change the days. Any other word makes the text
/// no period, so that "Calls (experts, EGMs)" or "Done ✓" is never read as one.
public struct RoadmapPeriod: Equatable, Sendable {
    /// As written, with its spaces made single.
    public var written: String
    public var start: CalendarDate?
    public var end: CalendarDate?

    public init(written: String, start: CalendarDate? = nil, end: CalendarDate? = nil) {
        self.written = written
        self.start = start
        self.end = end
    }

    /// Nil when the text is no period.
    public init?(_ text: String) {
        let written = ASCIIText.collapsingWhitespace(text)
        guard !written.isEmpty else { return nil }
        var core = written
        while let qualifier = Self.trailingQualifier.firstMatch(in: core), qualifier.range.lowerBound > core.startIndex
        {
            core = String(core[..<qualifier.range.lowerBound])
        }
        guard var tokens = Self.tokens(core.lowercased()), !tokens.isEmpty else { return nil }
        if Self.undatedWords.contains(tokens.joined(separator: " ")) {
            self.init(written: written)
            return
        }
        var onlyEnd = false
        var onlyStart = false
        if tokens.first == "by" {
            onlyEnd = true
            tokens.removeFirst()
            if tokens.first == "the" { tokens.removeFirst() }
        }
        if tokens.last == "ongoing" {
            onlyStart = true
            tokens.removeLast()
        }
        guard !(onlyEnd && onlyStart), let span = Self.span(tokens) else { return nil }
        guard let (start, end) = span else {
            self.init(written: written)  // months with no year
            return
        }
        self.init(written: written, start: onlyEnd ? nil : start, end: onlyStart ? nil : end)
    }

    /// "(TBC by Exec Board)" at the end.
    static let trailingQualifier = TextPattern(#"\s*\([^()]*\)\s*$"#)

    /// Words that are a period with no days.
    static let undatedWords: Set<String> = [
        "immediate", "immediately", "continuous", "continuing", "ongoing", "tbd", "tbc", "to be determined",
        "to be confirmed",
    ]

    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// The months a word before a year stands for.
    static let partsOfYear: [String: ClosedRange<Int>] = ["early": 1...4, "mid": 5...8, "late": 9...12, "end": 12...12]

    /// Words, numbers and the separators "-" and "/", in lower case; nil at any other
    /// character. "Sept." loses its full stop; a comma separates like a space.
    static func tokens(_ text: String) -> [String]? {
        var tokens: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { tokens.append(current) }
            current = ""
        }
        for character in text {
            if let last = current.last, last.isLetter != character.isLetter || last.isNumber != character.isNumber {
                flush()
            }
            if character.isASCII, character.isLetter || character.isNumber {
                current.append(character)
            } else if ["-", "–", "—", "/"].contains(character) {
                flush()
                tokens.append(character == "/" ? "/" : "-")
            } else if character == " " || character == "," || character == "." {
                flush()
            } else {
                return nil
            }
        }
        flush()
        return tokens
    }

    /// The first and last day the tokens cover; `.some(nil)` for months without a year;
    /// nil when they are no period.
    static func span(_ tokens: [String]) -> (CalendarDate, CalendarDate)?? {
        // Months waiting for the year written after them, and the spans read so far.
        var waiting: [(months: ClosedRange<Int>, day: Int?)] = []
        var spans: [(year: Int, months: ClosedRange<Int>, day: Int?)] = []
        var lastYear: Int?
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            defer { index += 1 }
            if token == "-" || token == "/" || token == "to" || token == "and" || token == "of" { continue }
            if let month = months[token] {
                waiting.append((month...month, nil))
            } else if let part = partsOfYear[token] {
                waiting.append((part, nil))
            } else if token == "q", index + 1 < tokens.count, let quarter = Int(tokens[index + 1]),
                (1...4).contains(quarter)
            {
                waiting.append(((quarter - 1) * 3 + 1...quarter * 3, nil))
                index += 1
            } else if let number = Int(token), token.count == 4, CalendarDate.enteredYears.contains(number) {
                if waiting.isEmpty {
                    spans.append((number, 1...12, nil))
                } else {
                    spans += waiting.map { (number, $0.months, $0.day) }
                    waiting = []
                }
                lastYear = number
            } else if let number = Int(token), token.count == 2, let century = lastYear, waiting.isEmpty,
                index > 0, ["-", "/"].contains(tokens[index - 1])
            {
                // "2024-25": the second year in two digits.
                let year = century / 100 * 100 + number
                guard year > century else { return nil }
                spans.append((year, 1...12, nil))
                lastYear = year
            } else if let number = Int(token), token.count <= 2, (1...31).contains(number), index + 1 < tokens.count,
                let month = months[tokens[index + 1]]
            {
                waiting.append((month...month, number))
                index += 1
            } else {
                return nil
            }
        }
        if spans.isEmpty { return waiting.isEmpty ? nil : .some(nil) }
        guard waiting.isEmpty, let first = spans.first, let last = spans.last else { return nil }
        guard
            let start = CalendarDate(year: first.year, month: first.months.lowerBound, day: first.day ?? 1),
            let end = CalendarDate(
                year: last.year, month: last.months.upperBound,
                day: last.day ?? CalendarDate.daysInMonth(last.months.upperBound, of: last.year)),
            start <= end
        else { return nil }
        return .some((start, end))
    }
}
