import Testing

@testable import RapporteurKit

/// A report's sections on decisions, and what it reads but stores nowhere.
@Suite struct ReportDecisionTests {
    /// Our own report: a masthead, an introduction, a resolution and a decision of the Assembly.
    static let fixture = """
        Executive Board
        Report of the Executive Director
        I. Introduction
        1. This report covers one resolution and one decision.
        II. Resolution 2/7 on housing
        2. The working group met twice.
        III. Decision 1/3 on arrangements for the
        transition to the new governance
        3. The Board asked its working group to resume.
        4. The staff survey was completed.
        """

    static let day = CalendarDate(year: 2099, month: 3, day: 1)!

    @Test func paragraphsUnderADecisionHeadingAreItsOwn() {
        let result = ReportParser.parse(Self.fixture, file: "r.txt")
        #expect(result.paragraphs.map(\.resolution) == [nil, "2/7", nil, nil])
        #expect(result.paragraphs.map(\.decision) == [nil, nil, "1/3", "1/3"])
        // The heading's second line is its title, not a paragraph's text.
        #expect(result.paragraphs[2].text == "The Board asked its working group to resume.")
    }

    @Test func whatIsReadButNotStoredIsAWarningAtItsLine() {
        let result = ReportParser.parse(Self.fixture, file: "r.txt")
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.line) == [1, 3])
        #expect(warnings.first?.message.hasPrefix("lines 1 to 2, before the first heading, are taken as") == true)
        #expect(
            warnings.last?.message.hasPrefix(
                "section 'I. Introduction' is about no resolution or decision, so its paragraph 1 is not stored")
                == true)
    }

    @Test func aParagraphUnderNoHeadingIsAWarningAtItsLine() {
        let result = ReportParser.parse(
            "1. An opening paragraph.\nA. Resolution 2/7\n2. The group met.\n", file: "r.txt")
        let warning = result.diagnostics.first { $0.severity == .warning }
        #expect(warning?.line == 1)
        #expect(warning?.message.hasPrefix("paragraph 1 is under no heading of a resolution or decision") == true)
    }

    @Test func anAssemblyDecisionTheDatabaseDoesNotKnowIsRecordedWithTheHeadingsTitle() throws {
        let store = try referenceStore()
        let result = try store.importReport(Self.fixture, file: "r.txt", asOf: Self.day, symbol: "HSP/EB.2099/7")
        // Its two lines joined, with a capital; said in a note at its first paragraph (line 9).
        let decision = try store.decision("1/3")
        #expect(decision.title == "Arrangements for the transition to the new governance")
        #expect(try store.implementationUpdates(of: decision).map(\.paragraph) == [3, 4])
        #expect(
            result.warnings.contains(
                Diagnostic(
                    file: "r.txt", line: 9, .note,
                    "decision 1/3 of the Assembly is not recorded yet; the import records it with the title the report gives: "
                        + "'Arrangements for the transition to the new governance'")))
    }

    @Test func aBoardDecisionTheDatabaseDoesNotKnowIsAnErrorAtItsFirstParagraph() throws {
        let store = try referenceStore()
        let text = Self.fixture.replacingOccurrences(of: "Decision 1/3", with: "Decision 2098/6")
        let failure = #expect(throws: ImportFailure.self) {
            try store.importReport(text, file: "r.txt", asOf: Self.day, symbol: "HSP/EB.2099/7")
        }
        // Said once, at paragraph 3, with how to record it; nothing is stored.
        #expect(failure?.diagnostics.map(\.line) == [9])
        #expect(failure?.diagnostics.first?.message.contains("unknown decision 2098/6") == true)
        #expect(failure?.diagnostics.first?.message.contains("record it first, as decision 2098/6 of EB") == true)
        #expect(try store.implementationUpdates(of: "2/7").isEmpty)
    }

    @Test func aDecisionsUpdatesAreStoredUnderIt() throws {
        let store = try referenceStore()
        let decision = try store.addDecision(body: "HA", key: "1/3", title: "Transition", adoptedOn: nil)
        let result = try store.importReport(Self.fixture, file: "r.txt", asOf: Self.day, symbol: "HSP/EB.2099/7")
        #expect(result.updates == 3)
        let updates = try store.implementationUpdates(of: decision)
        #expect(updates.map(\.paragraph) == [3, 4])
        #expect(
            updates.map(\.text) == ["The Board asked its working group to resume.", "The staff survey was completed."])
        #expect(updates.allSatisfy { $0.symbol == "HSP/EB.2099/7" && $0.source == "report" && $0.paragraphs.isEmpty })
        #expect(try store.implementationUpdates(of: "2/7").map(\.paragraph) == [2])
        // Importing the report again replaces them.
        try store.importReport(Self.fixture, file: "r.txt", asOf: Self.day, symbol: "HSP/EB.2099/7")
        #expect(try store.implementationUpdates(of: decision).count == 2)
    }
}

/// Seed 002 (HSP/OECPR.2021/4): section V, paragraphs 30 to 34, is on decision 1/3 of the Assembly.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedReportDecisionTests {
    @Test func sectionVIsStoredUnderDecisionOneThree() throws {
        let store = try referenceStore()
        let decision = try store.addDecision(body: "HA", key: "1/3", title: nil, adoptedOn: nil)
        try store.importReport(try Seeds.text("002"), file: "002.txt", asOf: try CalendarDate.parse("2021-03-29"))
        let updates = try store.implementationUpdates(of: decision)
        // The first words of each, typed from the seed.
        let openings = [
            30: "At its second session of 2020, held from 27 to 29 October 2020, the Executive Board",
            31: "An online meeting held on 24 February 2021 to endorse the co-chairs",
            32: "In preparation for discussions with Member States, UN-Habitat carried out a staff survey",
            33: "In 2020, the UN-Habitat Stakeholder Advisory Group Enterprise contributed",
            34: "Initiatives in progress include the development of an online portal",
        ]
        #expect(updates.map(\.paragraph) == [30, 31, 32, 33, 34])
        for update in updates {
            let opening = try #require(openings[update.paragraph ?? 0])
            #expect(update.text.hasPrefix(opening), "\(update.text)")
            #expect(update.symbol == "HSP/OECPR.2021/4")
        }
        // The last paragraph of resolution 1/5 stays its own; the decision's first does not join it.
        #expect(try store.implementationUpdates(of: "1/5").compactMap(\.paragraph).sorted() == Array(24...29))
        #expect(updates.first?.text.hasSuffix("to discuss organizational matters.") == true)
    }

    @Test func withoutTheDecisionRecordedTheImportRecordsItWithTheTitleOfSectionV() throws {
        let store = try referenceStore()
        let result = try store.importReport(
            try Seeds.text("002"), file: "002.txt", asOf: try CalendarDate.parse("2021-03-29"))
        // Section V's heading, lines 267 to 269: "V. Decision 1/3 on arrangements for the transition
        // towards the new / governance structure of the United Nations Human Settlements / Programme".
        let decision = try store.decision("1/3")
        #expect(
            decision.title
                == "Arrangements for the transition towards the new governance structure of the United Nations "
                + "Human Settlements Programme")
        #expect(try store.implementationUpdates(of: decision).map(\.paragraph) == [30, 31, 32, 33, 34])
        // Paragraph 30 starts at line 270.
        #expect(result.warnings.contains { $0.line == 270 && $0.severity == .note })
    }
}
