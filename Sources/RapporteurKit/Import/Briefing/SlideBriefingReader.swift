/// Reads a technical briefing taken from a slide deck, as the secretariat presents the
/// implementation of an Assembly session's resolutions:
///
///     Technical Briefing on the implementation of resolutions …
///     Resolutions:
///     HSP/HA.2/RES.1 – Smart cities<TAB>HSP/HA.2/RES.6 - Localization of the SDGs
///
///     HSP/HA.2/RES.1 - Smart cities
///     Implementation Roadmap
///     - Calls for experts: September-October 2023
///
///     HSP/HA.2/RES.1 - Smart cities
///     Fundraising Strategy
///     - Financial contributions: member States and other partners
///     Post Requirements<TAB><TAB>Total Requirements<TAB>_<TAB>Total Requirements less Existing Resources
///     $550,663<TAB>$639,888<TAB>$1,179,384<TAB>$311,700<TAB>$867,684
///
/// Each resolution's heading comes again before each of its slides; under it, a slide is
/// an implementation roadmap (maybe named, when a resolution has two), a fundraising
/// strategy, a PBI summary, and the budget table that closes the fundraising slide, its
/// cells apart by tabs. What a slide lists runs to the next slide's heading, across
/// blank lines. The document's first line is its title; "Resolutions:" starts the index
/// of the resolutions it covers, checked against its sections. A line that belongs to no
/// slide (the title slide's prose, "Thank you!") is a warning that quotes it; a figure
/// that cannot be read, or a table whose columns cannot be matched, is an error.
struct SlideBriefingReader {
    /// What the lines under a resolution's heading are being read as.
    enum Slide {
        /// After a heading, before a slide's title; or after a table.
        case none
        case roadmap(SlideRoadmap)
        case fundraising
    }

    let file: String
    let lines: [String]
    var index = 0
    var result = BriefingParser.Result()
    /// The resolution whose heading came last, and the line of its first heading.
    var section: (key: String, line: Int)?
    var sections: [(key: String, line: Int)] = []
    var slide = Slide.none
    /// Whether a line that is not blank has been read: the first is the title.
    var started = false
    /// The index's entries, and the line of its title.
    var indexEntries: [(key: String, line: Int)] = []
    var indexLine: Int?
    /// Positions given so far, by resolution.
    var milestonePositions: [String: Int] = [:]
    var fundraisingPositions: [String: Int] = [:]
    /// The line of each resolution's grand total.
    var grandTotalLines: [String: Int] = [:]

    init(file: String, text: String) {
        self.file = file
        lines = text.editorLines.map { DocumentLineCleaner.slides.clean($0) }
    }

    /// Whether the text is laid out as slides: a resolution's heading on a line of its
    /// own, and a slide's title.
    static func applies(to text: String) -> Bool {
        var heading = false
        var title = false
        for raw in text.editorLines where !raw.contains("\t") {
            let line = DocumentLineCleaner.slides.clean(raw).trimmingCharacters(in: .whitespaces)
            if SlidePatterns.heading.firstMatch(in: line) != nil { heading = true }
            if isSlideTitle(line) { title = true }
            if heading && title { return true }
        }
        return false
    }

    static func isSlideTitle(_ trimmed: String) -> Bool {
        SlidePatterns.roadmapTitle.firstMatch(in: trimmed) != nil
            || SlidePatterns.fundraisingTitle.firstMatch(in: trimmed) != nil
            || SlidePatterns.summaryTitle.firstMatch(in: trimmed) != nil
    }

    static func read(_ text: String, file: String) -> BriefingParser.Result {
        var reader = SlideBriefingReader(file: file, text: text)
        reader.run()
        return reader.result
    }

    var number: Int { index + 1 }

    mutating func diagnose(_ severity: Diagnostic.Severity, _ message: String, line: Int? = nil) {
        result.diagnostics.append(Diagnostic(file: file, line: line ?? number, severity, message))
    }

    mutating func run() {
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                index += 1
                continue
            }
            if !line.contains("\t"), let match = SlidePatterns.heading.firstMatch(in: trimmed) {
                started = true
                endSlide()
                let key = "\(Int(match.group(1) ?? "") ?? 0)/\(Int(match.group(2) ?? "") ?? 0)"
                if !sections.contains(where: { $0.key == key }) { sections.append((key, number)) }
                section = (key, sections.first { $0.key == key }!.line)
                index += 1
                continue
            }
            if !started {
                started = true
                if !line.contains("\t") {
                    result.title = trimmed
                    index += 1
                    continue
                }
            }
            if sections.isEmpty, indexLine == nil, SlidePatterns.indexTitle.wholeMatch(in: trimmed) != nil {
                readIndex()
                continue
            }
            if let match = SlidePatterns.roadmapTitle.firstMatch(in: trimmed) {
                endSlide()
                let name = match.group(1).flatMap { $0.isEmpty ? nil : $0 }
                if section != nil {
                    slide = .roadmap(SlideRoadmap(name: name, line: number))
                } else {
                    unplaced(trimmed)
                }
                index += 1
                continue
            }
            if SlidePatterns.fundraisingTitle.firstMatch(in: trimmed) != nil {
                endSlide()
                if section != nil { slide = .fundraising } else { unplaced(trimmed) }
                index += 1
                continue
            }
            if SlidePatterns.summaryTitle.firstMatch(in: trimmed) != nil {
                endSlide()
                index += 1
                readTable(summary: true)
                continue
            }
            if line.contains("\t"), SlideTableLine(line, header: nil) != nil {
                endSlide()
                readTable(summary: false)
                continue
            }
            if Self.isClosingLine(trimmed) {
                endSlide()
                unplaced(trimmed)
                index += 1
                continue
            }
            switch slide {
            case .roadmap(var roadmap):
                if !addStep(line, to: &roadmap) { unplaced(trimmed) }
                slide = .roadmap(roadmap)
            case .fundraising:
                if !addFundraising(line) { unplaced(trimmed) }
            case .none:
                unplaced(trimmed)
            }
            index += 1
        }
        endSlide()
        checkIndex()
        if result.budgets.isEmpty, result.milestones.isEmpty, result.fundraising.isEmpty,
            !result.diagnostics.contains(where: { $0.severity == .error })
        {
            diagnose(
                .error,
                "the briefing has resolutions' headings but no roadmap, fundraising strategy or budget under them",
                line: sections.first?.line ?? 1)
        }
    }

    /// A line no slide holds, quoted in a warning: nothing of the document goes unseen.
    mutating func unplaced(_ trimmed: String) {
        let place = section.map { "under the heading of resolution \($0.key), " } ?? ""
        diagnose(
            .warning,
            "'\(trimmed)' is \(place)on no roadmap, fundraising strategy or budget table of a resolution; it is not stored"
        )
    }

    /// Ends the slide being read, storing its roadmap's steps.
    mutating func endSlide() {
        if case .roadmap(let roadmap) = slide { finish(roadmap) }
        slide = .none
    }

    /// The next line that is not blank, after `index`.
    func nextLine(after position: Int) -> String? {
        lines[(position + 1)...].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// A line that ends a list read across blank lines: a web address, or a short line
    /// ending in "?" or "!" ("Comments, questions?", "Thank you!"), as closing slides have.
    static func isClosingLine(_ trimmed: String) -> Bool {
        if SlidePatterns.webAddress.wholeMatch(in: trimmed) != nil { return true }
        return trimmed.count <= 40 && (trimmed.hasSuffix("?") || trimmed.hasSuffix("!"))
    }
}
