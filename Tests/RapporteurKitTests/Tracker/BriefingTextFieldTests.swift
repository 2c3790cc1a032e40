import Testing

@testable import RapporteurKit

/// Random text (the pieces of `RecordTextRoundTripTests`: line breaks, tabs, escapes,
/// control and bidirectional characters, emoji, right-to-left scripts) in every text a
/// briefing's reader hands the store: a roadmap's name, a step's group, period,
/// activity, paragraphs, responsible and status, a budget row's label and a fundraising
/// line. Each is stored and read back as it was; a NUL is refused naming the field.
/// Seeded, so that a failure comes back the same on every run.
@Suite struct BriefingTextFieldTests {
    enum Field: String, CaseIterable, Sendable {
        case roadmap, group, period, activity, paragraphs, responsible, status, label, fundraising

        /// The field as the store names it in its messages.
        var stored: String {
            switch self {
            case .group: "roadmapMilestone.groupLabel"
            case .label: "budgetImplication.label"
            case .fundraising: "fundraisingLine.text"
            default: "roadmapMilestone.\(rawValue)"
            }
        }
    }

    static func reading(_ values: [Field: String]) -> BriefingParser.Result {
        BriefingParser.Result(
            budgets: [
                BudgetImplication(
                    resolution: "2/7", label: values[.label], total: BudgetFigure(stated: "1,000"), unit: "US$",
                    source: "b.txt", line: 1)
            ],
            milestones: [
                RoadmapMilestone(
                    resolution: "2/7", position: 1, roadmap: values[.roadmap], group: values[.group],
                    period: values[.period], activity: values[.activity] ?? "word",
                    paragraphs: values[.paragraphs].map { [$0, "4 (b)"] } ?? [], responsible: values[.responsible],
                    status: values[.status], source: "b.txt", line: 2)
            ],
            fundraising: [
                FundraisingLine(
                    resolution: "2/7", position: 1, text: values[.fundraising] ?? "word", source: "b.txt", line: 3)
            ])
    }

    @Test(arguments: 0..<4)
    func randomTextInEveryFieldIsStoredAndReadBackAsItIs(batch: UInt64) throws {
        var random = SeededRandom(seed: 0xB41E_F000 + batch)
        for _ in 0..<15 {
            var values: [Field: String] = [:]
            for field in Field.allCases { values[field] = RecordTextRoundTripTests.value(&random) }
            // Paragraphs are stored comma-separated; the labels a reader makes ("3 (c)",
            // "all") hold no comma.
            values[.paragraphs] = values[.paragraphs]!.replacingOccurrences(of: ",", with: ";")
            let store = try referenceStoreCopy()
            try store.saveBriefing(Self.reading(values), file: "b.txt", symbol: "HSP/EB.2099/INF/1")
            let step = try #require(try store.roadmap(of: "2/7").first)
            #expect(step.roadmap == values[.roadmap])
            #expect(step.group == values[.group])
            #expect(step.period == values[.period])
            #expect(step.activity == values[.activity])
            #expect(step.paragraphs == [values[.paragraphs]!, "4 (b)"])
            #expect(step.responsible == values[.responsible])
            #expect(step.status == values[.status])
            #expect(try store.budgetImplications(of: "2/7").first?.label == values[.label])
            #expect(try store.fundraising(of: "2/7").first?.text == values[.fundraising])
        }
    }

    @Test(arguments: Field.allCases)
    func aNULIsRefusedNamingTheField(field: Field) throws {
        let store = try referenceStoreCopy()
        let failure = #expect(throws: ImportFailure.self) {
            try store.saveBriefing(
                Self.reading([field: "before\u{0}after"]), file: "b.txt", symbol: "HSP/EB.2099/INF/1")
        }
        let message = failure?.diagnostics.first?.message ?? ""
        #expect(message.contains(field.stored), "\(message)")
        #expect(message.contains("NUL character (U+0000)"), "\(message)")
        #expect(try store.budgetImplications().isEmpty)
    }
}
