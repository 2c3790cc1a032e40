import Testing

@testable import RapporteurKit

/// What the briefings say of a resolution, as `resolution show --full` and `report
/// progress` lay it out: seed 003's facts (periods, groups, roadmaps, figures) stored
/// with `saveBriefing`, the activities in our own short words.
@Suite struct BriefingDossierTests {
    private static let file = Seed003Briefing.file

    private static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    private static func step(
        _ resolution: String, _ position: Int, roadmap: String? = nil, group: String? = nil, _ period: String?,
        from start: String? = nil, to end: String? = nil, _ activity: String, paragraphs: [String] = [],
        status: String? = nil, line: Int
    ) -> RoadmapMilestone {
        RoadmapMilestone(
            resolution: resolution, position: position, roadmap: roadmap, group: group, period: period,
            periodStart: start.map(day), periodEnd: end.map(day), activity: activity, paragraphs: paragraphs,
            status: status, source: file, line: line)
    }

    /// 2/7's two roadmaps and 2/2's two groups, as the seed gives their periods.
    private static var milestones: [RoadmapMilestone] {
        let group = "Intergovernmental Expert Working Group"
        let platform = "Adequate Housing for All Platform"
        let year1 = "Year 1 (ongoing or using confirmed resources)"
        let following = "Following years (subject to the availability of resources)"
        return [
            step(
                "2/2", 1, group: year1, "Immediate", "A technical support desk answers requests", paragraphs: ["6"],
                line: 55),
            step(
                "2/2", 2, group: year1, "By Sep 2024", to: "2024-09-30", "A sub-regional framework for SADC",
                paragraphs: ["7"], line: 59),
            step("2/2", 3, group: following, nil, "A global conference on the action plan", line: 63),
            step(
                "2/7", 1, roadmap: group, "Immediate", "Regional groups asked for two representatives each",
                line: 218),
            step(
                "2/7", 2, roadmap: group, "By end 2023", to: "2023-12-31", "First meeting of the reference group",
                line: 219),
            step(
                "2/7", 3, roadmap: group, "Feb Mar 2024", from: "2024-02-01", to: "2024-03-31",
                "Documents for the Executive Board", line: 220),
            step(
                "2/7", 4, roadmap: group, "Late 2024", from: "2024-10-01", to: "2024-12-31",
                "Inaugural meeting of the working group", line: 224),
            step(
                "2/7", 5, roadmap: platform, "November 2023", from: "2023-11-01", to: "2023-11-30",
                "Consultations on measuring adequacy", status: "Completed", line: 233),
            step(
                "2/7", 6, roadmap: platform, "Mar Jun 2024", from: "2024-03-01", to: "2024-06-30",
                "Design of the platform", line: 236),
            step(
                "2/7", 7, roadmap: platform, "Sep 2024", from: "2024-09-01", to: "2024-09-30",
                "Documents for the working group", paragraphs: ["all"], line: 239),
        ]
    }

    private static var fundraising: [FundraisingLine] {
        [
            FundraisingLine(
                resolution: "2/7", position: 1, text: "Direct engagement with Member States:", source: file,
                line: 245),
            FundraisingLine(
                resolution: "2/7", position: 2, level: 1, text: "Why the resolution matters",
                source: file, line: 246),
            FundraisingLine(resolution: "2/7", position: 3, text: "Financial institutions", source: file, line: 252),
            FundraisingLine(
                resolution: "2/7", position: 4, level: 1, text: "Partnerships for pilots", source: file,
                line: 253),
        ]
    }

    private func store() throws -> AppStore {
        let store = try recordStore()
        var result = Seed003Briefing.result
        result.milestones = Self.milestones
        result.fundraising = Self.fundraising
        try store.saveBriefing(result, file: Self.file)
        return store
    }

    /// Each part's heading, then its lines as the dossier prints them, indented.
    private func printed(_ parts: [DossierPart]) -> [String] {
        parts.flatMap { [$0.heading + ":"] + $0.lines.map { $0.indent + $0.text } }
    }

    @Test func twoRoadmapsAreListedApartWithWhatIsOverdueAndDueNext() throws {
        // As of 1 June 2024: the reference group's meeting (end 2023) and the Board's documents
        // (March 2024) are overdue; November 2023's consultations are completed, so not; the
        // earliest end on or after the day is that of the platform's design (30 June 2024).
        let dossier = try store().briefingDossier(of: "2/7", asOf: Self.day("2024-06-01"))
        #expect(
            printed(dossier.parts(date: \.iso)) == [
                "Implementation roadmap (003_f73e5b42b6516f05.txt), as of 2024-06-01:",
                "Overdue:",
                "    By end 2023: First meeting of the reference group",
                "    Feb Mar 2024: Documents for the Executive Board",
                "Due next:",
                "    Mar Jun 2024: Design of the platform",
                "Roadmap: Intergovernmental Expert Working Group",
                "    Immediate: Regional groups asked for two representatives each",
                "    By end 2023: First meeting of the reference group (overdue)",
                "    Feb Mar 2024: Documents for the Executive Board (overdue)",
                "    Late 2024: Inaugural meeting of the working group",
                "Roadmap: Adequate Housing for All Platform",
                "    November 2023: Consultations on measuring adequacy — Completed",
                "    Mar Jun 2024: Design of the platform (due next)",
                "    Sep 2024: Documents for the working group (all OPs)",
                "Fundraising strategy (003_f73e5b42b6516f05.txt):",
                "Direct engagement with Member States:",
                "    Why the resolution matters",
                "Financial institutions",
                "    Partnerships for pilots",
                "Programme budget implications:",
                "Intergovernmental Working Group, US$: post 286,533, non-post 211,182, total 497,715, existing 0, "
                    + "total less existing 497,715 [003_f73e5b42b6516f05.txt]",
                "Open Platform, US$: post 236,233, non-post 199,642, total 435,875, existing 75,000, "
                    + "total less existing 435,875 [003_f73e5b42b6516f05.txt]",
            ])
    }

    @Test func groupsHeadTheirStepsAndAStepWithoutDaysIsNeitherOverdueNorDue() throws {
        let store = try store()
        let dossier = try store.briefingDossier(of: "2/2", asOf: Self.day("2024-06-01"))
        #expect(
            printed(dossier.parts(date: \.iso)) == [
                "Implementation roadmap (003_f73e5b42b6516f05.txt), as of 2024-06-01:",
                "Overdue: none",
                "Due next:",
                "    By Sep 2024: A sub-regional framework for SADC (OP7)",
                "Year 1 (ongoing or using confirmed resources):",
                "    Immediate: A technical support desk answers requests (OP6)",
                "    By Sep 2024: A sub-regional framework for SADC (OP7) (due next)",
                "Following years (subject to the availability of resources):",
                "    A global conference on the action plan",
                "Programme budget implications:",
                "budget, US$: post 340,200, non-post 405,613, total 745,813, existing in kind, "
                    + "total less existing 745,813 [003_f73e5b42b6516f05.txt]",
            ])
        // A day after the last end: the dated step is overdue, nothing is due.
        let later = try store.briefingDossier(of: "2/2", asOf: Self.day("2024-10-01"))
        #expect(later.schedule.overdue.map(\.line) == [59])
        #expect(later.schedule.dueNext.isEmpty)
        // On the day a period ends the step is due, not overdue.
        let onTheDay = try store.briefingDossier(of: "2/2", asOf: Self.day("2024-09-30"))
        #expect(onTheDay.schedule.overdue.isEmpty)
        #expect(onTheDay.schedule.dueNext.map(\.line) == [59])
    }

    @Test func thePBISummaryAndItsGrandTotalAndADashAreShownAsWritten() throws {
        let store = try store()
        #expect(
            printed(try store.briefingDossier(of: "2/6", asOf: Self.day("2024-06-01")).parts(date: \.iso)) == [
                "Programme budget implications:",
                "recurrent requirements (PBI summary), US$: post 829,483, non-post 1,175,665, total 2,005,149, "
                    + "existing 500,000, total less existing 1,505,149 [003_f73e5b42b6516f05.txt]",
                "one-time requirements (PBI summary), US$: post 0, non-post 2,181,800, total 2,181,800, existing 0, "
                    + "total less existing 2,181,800 [003_f73e5b42b6516f05.txt]",
                "grand total of the PBI summary, US$: 3,686,949 [003_f73e5b42b6516f05.txt]",
            ])
        #expect(
            printed(try store.briefingDossier(of: "2/9", asOf: Self.day("2024-06-01")).parts(date: \.iso)).last
                == "budget, US$: post 1,081,700, non-post 442,288, total 1,523,988, existing -, "
                + "total less existing 1,523,988 [003_f73e5b42b6516f05.txt]")
        #expect(try store.briefingDossier(of: "1/2", asOf: Self.day("2024-06-01")).isEmpty)
        // A roadmap none of whose periods gives days says so rather than "none overdue".
        var undated = Seed003Briefing.result
        undated.milestones = Self.milestones.filter { $0.resolution == "2/2" }.map { step in
            var step = step
            step.periodEnd = nil
            return step
        }
        let other = try recordStore()
        try other.saveBriefing(undated, file: Self.file)
        #expect(
            try other.briefingDossier(of: "2/2", asOf: Self.day("2024-06-01")).parts(date: \.iso).first?.lines
                .prefix(2).map(\.text) == [
                    "No step's period gives its days: none can be found overdue or due next",
                    "Year 1 (ongoing or using confirmed resources):",
                ])
    }

    @Test func theProgressReportGivesThePartsOnlyToResolutionsABriefingCovers() throws {
        let store = try store()
        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 1, startDate: Self.day("2025-03-05"), endDate: Self.day("2025-03-07"),
                venue: "Nairobi"))
        let report = try store.progressReport(for: "EB-2025-1", asOf: Self.day("2024-06-01"))
        // Under each resolution's subheading, the headings of its parts.
        var parts: [String: [String]] = [:]
        var current = ""
        for block in report.sections.flatMap(\.blocks) {
            if let subheading = block.subheading { current = String(subheading.split(separator: " ")[2]) }
            if let part = block.part { parts[current, default: []].append(part.heading) }
        }
        #expect(parts["1/2"] == nil)
        #expect(parts["2/3"] == ["Programme budget implications"])
        #expect(
            parts["2/7"] == [
                "Implementation roadmap (003_f73e5b42b6516f05.txt), as of 1 June 2024",
                "Fundraising strategy (003_f73e5b42b6516f05.txt)", "Programme budget implications",
            ])
        let markdown = try TemplateLibrary().render(report, with: DocumentFormat.md.template("report"))
        #expect(
            markdown.contains(
                #"""
                **Fundraising strategy (003\_f73e5b42b6516f05.txt)**

                - Direct engagement with Member States:
                    - Why the resolution matters
                - Financial institutions
                    - Partnerships for pilots
                """#), "\(markdown)")
        let html = try TemplateLibrary().render(report, with: DocumentFormat.html.template("report"))
        #expect(html.contains(#"<li style="margin-left: 1em">Mar Jun 2024: Design of the platform</li>"#))
        let text = try TemplateLibrary().render(report, with: DocumentFormat.txt.template("report"))
        #expect(
            text.contains(
                """
                Fundraising strategy (003_f73e5b42b6516f05.txt)
                  - Direct engagement with Member States:
                      - Why the resolution matters
                """), "\(text)")
        let page = report.page
        #expect(page.blocks.contains(.paragraph("Fundraising strategy (003_f73e5b42b6516f05.txt)", emphasis: .bold)))
        #expect(page.blocks.contains(.listItem(marker: "-", text: "Partnerships for pilots", depth: 1)))
        // The paragraphs are numbered straight through as before: the lists take no number.
        let numbers = report.sections.flatMap { $0.blocks.compactMap { $0.paragraph?.number } }
        #expect(numbers == Array(1...numbers.count))
    }

    @Test func aReportWithNoBriefingIsAsBefore() throws {
        let store = try recordStore()
        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 1, startDate: Self.day("2025-03-05"), endDate: Self.day("2025-03-07"),
                venue: "Nairobi"))
        let report = try store.progressReport(for: "EB-2025-1")
        #expect(!report.sections.flatMap(\.blocks).contains { $0.part != nil })
    }
}
