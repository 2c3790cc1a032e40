import Testing

@testable import RapporteurKit

@Suite struct ProgressReportTests {
    /// PBA-56 with an open question on 1/2, the Board's sessions of December 2024 and
    /// March 2025, and updates on 2/7 dated before and after the December session.
    private func store() throws -> AppStore {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the second phase would start", resolutions: ["1/2"])
        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 1, startDate: try CalendarDate.parse("2025-03-05"),
                endDate: try CalendarDate.parse("2025-03-07"), venue: "Nairobi"))
        try store.importReport(
            """
            B. Resolution 2/7
            1. An old update from before the December session.
            """, file: "old.txt", asOf: try CalendarDate.parse("2024-11-01"), symbol: "HSP/EB.2099/1")
        try store.importReport(
            """
            B. Resolution 2/7
            1. Pursuant to paragraph 8, a needs assessment was completed.
            2. Voluntary funding stays limited.
            """, file: "new.txt", asOf: try CalendarDate.parse("2025-02-01"), symbol: "HSP/EB.2099/2")
        return store
    }

    private func paragraphs(_ report: ProgressReportDocument) -> [String] {
        report.sections.flatMap { $0.blocks.compactMap { $0.paragraph?.text } }
    }

    @Test func eachResolutionHasItsSectionAndParagraphsAreNumberedThrough() throws {
        let report = try store().progressReport(for: "EB-2025-1")
        #expect(
            report.heading == [
                "Executive Board of the United Nations Human Settlements Programme",
                "First session of 2025", "Nairobi, 5–7 March 2025",
            ])
        #expect(
            report.sections.map(\.heading) == [
                "I. Introduction",
                "II. Implementation of resolutions adopted at the first session of the Assembly",
                "III. Implementation of resolutions adopted at the second session of the Assembly",
            ])
        let subheadings = report.sections.flatMap { $0.blocks.compactMap(\.subheading) }
        #expect(subheadings.count == 15)
        #expect(
            subheadings.first
                == "A. Resolution 1/1 – United Nations Human Settlements Programme strategic plan for the period 2020–2023"
        )
        let numbers = report.sections.flatMap { $0.blocks.compactMap { $0.paragraph?.number } }
        #expect(numbers == Array(1...numbers.count))
    }

    @Test func onlyUpdatesSinceThePreviousBoardSessionAreReported() throws {
        let texts = paragraphs(try store().progressReport(for: "EB-2025-1"))
        #expect(texts.contains("Pursuant to paragraph 8, a needs assessment was completed."))
        #expect(texts.contains("Voluntary funding stays limited."))
        #expect(!texts.contains { $0.contains("An old update") })
        #expect(texts.first?.contains("covering progress made since 4 December 2024") == true)
        #expect(
            texts.contains("No update on the implementation of resolution 2/1 has been recorded since 4 December 2024.")
        )
    }

    @Test func openFollowUpIsListedUnderItsResolution() throws {
        let texts = paragraphs(try store().progressReport(for: "EB-2025-1"))
        #expect(
            texts.contains(
                "Questions raised by Member States that remain open: asked when the second phase would start (PBA-56, open)."
            ))
    }

    /// A document writes a due date as the UN does, not as stored (2024-12-31).
    @Test func aCommitmentDueOnADayIsDatedInWords() throws {
        let store = try store()
        try store.recordCommitment(
            NewCommitment(
                meeting: "PBA-56", text: "share the draft handbook", due: .date(try CalendarDate.parse("2024-12-31")),
                references: ExplicitReferences(resolutions: ["1/4"])))
        let texts = paragraphs(try store.progressReport(for: "EB-2025-1"))
        #expect(
            texts.contains(
                "Undertakings of the secretariat that remain open: share the draft handbook (PBA-56, due 31 December 2024)."
            ), "\(texts.filter { $0.hasPrefix("Undertakings") })")
    }

    @Test func theReportRendersInEveryFormat() throws {
        let report = try store().progressReport(for: "EB-2025-1")
        for format in DocumentFormat.allCases {
            let text = try TemplateLibrary().render(report, with: format.template("report"))
            #expect(text.contains("Voluntary funding stays limited."), "\(format)")
        }
    }
}
