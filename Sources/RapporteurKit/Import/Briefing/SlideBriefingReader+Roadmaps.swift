// Roadmap slides: bullets, the headings they are listed under, and the period, status
// and paragraphs each step states.

extension SlideBriefingReader {
    /// Reads a line of a roadmap slide into `roadmap`; false when it can be no part of it
    /// (a line that carries on an item, with no item above it).
    mutating func addStep(_ line: String, to roadmap: inout SlideRoadmap) -> Bool {
        let next = nextLine(after: index).map(SlideListLine.init)
        switch SlideListLine(line) {
        case .bullet(let text):
            if case .subBullet = next {
                // "- Platform (OP1)" over " - 1. Assessment …": the heading of a list,
                // whose paragraphs its steps cite.
                roadmap.listHeading = (Self.withoutColon(text), BracketedParagraphs.read(text).paragraphs)
            } else {
                roadmap.listHeading = nil
                roadmap.steps.append(.init(text: text, line: number, group: roadmap.group))
            }
        case .subBullet(let text):
            roadmap.steps.append(
                .init(
                    text: text, line: number, group: roadmap.listHeading?.text ?? roadmap.group,
                    groupParagraphs: roadmap.listHeading?.paragraphs ?? []))
        case .continuation(let text):
            guard !roadmap.steps.isEmpty else { return false }
            roadmap.steps[roadmap.steps.count - 1].text += " " + text
        case .plain(let text):
            roadmap.listHeading = nil
            if text.hasSuffix(":") {
                roadmap.group = Self.withoutColon(text)
            } else if let match = SlidePatterns.recurringGroup.firstMatch(in: text) {
                // "Continuous: Scaling up …": a step of its own, under the group it names.
                roadmap.group = nil
                roadmap.steps.append(
                    .init(text: match.group(2) ?? text, line: number, group: match.group(1), readsPeriod: false))
            } else if case .bullet = next, !text.hasSuffix("."), text.count <= 80 {
                roadmap.group = text  // "Phase 1 (2023-2025)"
            } else {
                // A paragraph after the list ("2024-25: Design …", "In parallel, …"): a
                // step of its own, under no heading.
                roadmap.group = nil
                roadmap.steps.append(.init(text: text, line: number, group: nil))
            }
        case .blank:
            break
        }
        return true
    }

    /// Stores a roadmap's steps as milestones, each with what it states.
    mutating func finish(_ roadmap: SlideRoadmap) {
        guard let key = section?.key else { return }
        if roadmap.steps.isEmpty {
            diagnose(.warning, "the roadmap of resolution \(key) lists no steps", line: roadmap.line)
            return
        }
        for step in roadmap.steps {
            var text = step.text
            var status: String?
            if let match = SlidePatterns.status.firstMatch(in: text) {
                status = match.group(1)
                text = match.group(2) ?? text
            }
            var period: RoadmapPeriod?
            if step.readsPeriod, status == nil { (period, text) = Self.period(of: text) }
            let (activity, cited) = BracketedParagraphs.read(text)
            guard !activity.isEmpty else {
                diagnose(
                    .warning,
                    "the step '\(step.text)' of resolution \(key)'s roadmap names no activity; it is not stored",
                    line: step.line)
                continue
            }
            var paragraphs: [String] = []
            for paragraph in step.groupParagraphs + cited where !paragraphs.contains(paragraph) {
                paragraphs.append(paragraph)
            }
            let position = (milestonePositions[key] ?? 0) + 1
            milestonePositions[key] = position
            result.milestones.append(
                RoadmapMilestone(
                    resolution: key, position: position, roadmap: roadmap.name, group: step.group,
                    period: period?.written, periodStart: period?.start, periodEnd: period?.end, activity: activity,
                    paragraphs: paragraphs, status: status, source: file, line: step.line))
        }
    }

    /// The period a step states before its activity ("November 2023: Launch of …") or
    /// after it ("Calls for experts: September-October 2023"), and the rest; no period
    /// when neither side of a colon is one.
    static func period(of text: String) -> (RoadmapPeriod?, String) {
        if let colon = text.range(of: ": "), let period = RoadmapPeriod(String(text[..<colon.lowerBound])) {
            let rest = text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return (period, rest) }
        }
        if let colon = text.range(of: ": ", options: .backwards),
            let period = RoadmapPeriod(String(text[colon.upperBound...]))
        {
            let rest = text[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return (period, rest) }
        }
        return (nil, text)
    }

    /// "Year 1 (ongoing …)" for "Year 1 (ongoing …):".
    static func withoutColon(_ text: String) -> String {
        var text = text
        while text.hasSuffix(":") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
