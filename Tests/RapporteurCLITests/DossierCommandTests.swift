import Foundation
import GRDB
import Testing

/// `resolution show --full` and `report progress` with what a briefing says of a
/// resolution, and `tracker check`'s rounding differences printed apart.
@Suite struct DossierCommandTests {
    /// The example briefing imported; the reader gives its 2/7 roadmap's periods as days:
    /// December 2024, Q1 2025, Q2–Q3 2025 and 2026.
    private func cli() throws -> CLI {
        let cli = try CLI.initialized()
        try cli.succeed("import", "briefing", ExampleDataTests.examples.appending(path: "briefing-2025-03.txt").path)
        let days = try DatabaseQueue(path: cli.database).read { db in
            try Row.fetchAll(db, sql: "SELECT periodStart, periodEnd FROM roadmapMilestone ORDER BY position").map {
                "\($0["periodStart"] as String? ?? "-") \($0["periodEnd"] as String? ?? "-")"
            }
        }
        #expect(
            days == [
                "2024-12-01 2024-12-31", "2025-01-01 2025-03-31", "2025-04-01 2025-09-30", "2026-01-01 2026-12-31",
            ])
        return cli
    }

    @Test func anAsOfWithoutFullIsRefused() throws {
        let result = try cli().run("resolution", "show", "2/7", "--as-of", "2025-10-01")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--as-of dates the roadmap that only --full shows"))
    }

    @Test func theDossierSaysWhatIsOverdueAndDueNextAsOfTheDayAsked() throws {
        let cli = try cli()
        // On 1 October 2025 the inter-sessional consultations (ended 30 September, ongoing)
        // are overdue; the first two steps are completed; 2026's session is due next.
        let text = try cli.succeed("resolution", "show", "2/7", "--full", "--as-of", "2025-10-01")
        #expect(
            text.contains(
                """

                Implementation roadmap (briefing-2025-03.txt), as of 2025-10-01:
                  Overdue:
                      Q2–Q3 2025: Inter-sessional consultations by regional group (Co-chairs) — Ongoing
                  Due next:
                      2026: Second session and report to the Assembly (Secretariat) — Planned
                  December 2024: First session of the working group, Nairobi, 9 to 11 December (Secretariat) — Completed
                  Q1 2025: Call for written submissions from Member States and stakeholders (Co-chairs, Secretariat) — Completed
                  Q2–Q3 2025: Inter-sessional consultations by regional group (Co-chairs) — Ongoing (overdue)
                  2026: Second session and report to the Assembly (Secretariat) — Planned (due next)

                Programme budget implications:
                  2025 (one-time), US$ thousands: post 312.4
                """), "\(text)")
        let json = try #require(
            try cli.json("resolution", "show", "2/7", "--full", "--json", "--as-of", "2025-10-01") as? [String: Any])
        let schedule = try #require(json["schedule"] as? [String: Any])
        #expect(schedule["asOf"] as? String == "2025-10-01")
        #expect((schedule["overdue"] as? [[String: Any]])?.map { $0["period"] as? String } == ["Q2–Q3 2025"])
        #expect((schedule["dueNext"] as? [[String: Any]])?.map { $0["period"] as? String } == ["2026"])
        #expect((json["roadmap"] as? [Any])?.count == 4)
        #expect(json["fundraising"] as? [Any] != nil)
        #expect(json["grandTotals"] as? [Any] != nil)
        // Before the first period ended nothing is overdue; December 2024 and Q1 2025 are
        // stated completed, so the consultations are due next.
        let early = try cli.succeed("resolution", "show", "2/7", "--full", "--as-of", "2024-12-01")
        #expect(early.contains("  Overdue: none\n  Due next:\n      Q2–Q3 2025: Inter-sessional consultations"))
    }

    @Test func theProgressReportListsTheRoadmapAndBudgetUnderTheResolution() throws {
        let cli = try cli()
        try cli.succeed(
            "meeting", "new", "EB", "--year", "2024", "--session", "2", "--from", "2024-12-04", "--to", "2024-12-06")
        let markdown = try cli.succeed(
            "report", "progress", "--for", "EB-2024-2", "--format", "md", "--as-of", "2025-10-01")
        #expect(
            markdown.contains(
                #"""
                **Implementation roadmap (briefing-2025-03.txt), as of 1 October 2025**

                - Overdue:
                    - Q2–Q3 2025: Inter-sessional consultations by regional group (Co-chairs) — Ongoing
                """#), "\(markdown)")
        #expect(markdown.components(separatedBy: "**Programme budget implications**").count == 3)  // 2/2 and 2/7
        let json = try #require(
            try cli.json("report", "progress", "--for", "EB-2024-2", "--json", "--as-of", "2025-10-01")
                as? [String: Any])
        let parts = (json["sections"] as? [[String: Any]])?.flatMap { ($0["parts"] as? [[String: Any]]) ?? [] }
        #expect(
            parts?.map { $0["heading"] as? String } == [
                "Programme budget implications",
                "Implementation roadmap (briefing-2025-03.txt), as of 1 October 2025", "Programme budget implications",
            ])
        #expect((parts?.first?["subheading"] as? String)?.hasPrefix("B. Resolution 2/2 – ") == true)
    }

    @Test func aDifferenceRoundingExplainsIsPrintedApartAndIsNoError() throws {
        let cli = try CLI.initialized()
        let briefing = cli.folder.appending(path: "rounded.txt")
        // 312.4 + 205.6 = 518.0, printed 518.1; 518.1 − 120.0 = 398.1, as printed.
        try """
        Table 1
        Programme budget implications of resolution 2/7
        (Thousands of United States dollars)

                                           2025
           Post                            312.4
           Non-post                        205.6
           Total                           518.1
           Existing resources              120.0
           Total less existing             398.1
        """.write(to: briefing, atomically: true, encoding: .utf8)
        try cli.succeed("import", "briefing", briefing.path)
        let check = try cli.run("tracker", "check")
        #expect(check.status == 0)
        #expect(
            check.stdout == """
                Differences of 1 in the last stated unit, which rounding explains:
                  resolution 2/7, 2025 (rounded.txt, line 8, US$ thousands): post 312.4 + non-post 205.6 = 518.0; \
                the total shown, 518.1, differs by 0.1, which rounding explains

                """)
        #expect(check.stderr.contains("1 difference that rounding explains, not counted as an error."))
        let json = try #require(try cli.json("tracker", "check", "--json") as? [String: [String]])
        #expect(json["findings"] == [])
        #expect(json["rounding"]?.count == 1)
    }
}
