import Testing

@testable import RapporteurKit

/// The one cleaner the summary, briefing, report and tracker readers share. The lines
/// are those of the seeds named, checked by hand: seed 001 (a report) has bold markers,
/// seed 002 (a report) page headers and page numbers, seed 000 (the tracker)
/// non-breaking spaces.
@Suite struct DocumentLineCleanerTests {
    @Test func boldMarkersGoAndAFootnoteMarkStays() {
        // Seed 001, line 84, and line 9 with its footnote mark after the bold run.
        #expect(DocumentLineCleaner.report.clean("**B. Resolution 2/2") == "B. Resolution 2/2")
        #expect(
            DocumentLineCleaner.report.clean("Item 9 of the provisional agenda***")
                == "Item 9 of the provisional agenda*")
        // The tracker's lines carry no markup, so it leaves stars alone.
        #expect(DocumentLineCleaner.tracker.clean("**B. Resolution 2/2") == "**B. Resolution 2/2")
    }

    @Test func nonBreakingSpacesBecomeSpaces() {
        // Seed 000, line 48, and line 32, which holds only a non-breaking space.
        let line = "a SADC ministerial meeting\u{00A0} endorsed the progress"
        #expect(DocumentLineCleaner.tracker.clean(line) == "a SADC ministerial meeting  endorsed the progress")
        #expect(DocumentLineCleaner.tracker.clean("\u{00A0}").isEmpty)
        // A summary is running text: its spaces collapse to one.
        #expect(DocumentLineCleaner.summary.clean(line) == "a SADC ministerial meeting endorsed the progress")
    }

    @Test func aPageNumberIsFurnitureAndAHeaderSymbolIsNot() {
        // Seed 002, lines 151 and 149: the page number and the report's symbol in the header.
        let number = DocumentLineCleaner.report.clean("4 ")
        #expect(number == "4")
        #expect(DocumentLineCleaner.isPageNumber(number))
        #expect(!DocumentLineCleaner.isPageNumber(DocumentLineCleaner.report.clean("HSP/OECPR.2021/4 ")))
        #expect(!DocumentLineCleaner.isPageNumber("12. A Member State inquired."))
        #expect(!DocumentLineCleaner.isPageNumber("2024"))
    }

    @Test func aBriefingKeepsItsColumnsAndLosesItsFormFeed() {
        let line = "\u{0C}**Post**      250.0\u{00A0}\u{00A0}410.0"
        #expect(DocumentLineCleaner.briefing.clean(line) == "Post      250.0  410.0")
        #expect(DocumentLineCleaner.summary.clean(line) == "Post 250.0 410.0")
    }
}

@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct DocumentLineCleanerSeedTests {
    @Test func theSeedLinesReadAsCheckedByHand() throws {
        let report = try Seeds.text("001").editorLines.map(String.init)
        #expect(DocumentLineCleaner.report.clean(report[83]) == "B. Resolution 2/2")
        let pages = try Seeds.text("002").editorLines.map(String.init)
        #expect(DocumentLineCleaner.report.clean(pages[148]) == "HSP/OECPR.2021/4")
        #expect(DocumentLineCleaner.isPageNumber(DocumentLineCleaner.report.clean(pages[150])))
        let tracker = try Seeds.text("000").editorLines.map(String.init)
        #expect(DocumentLineCleaner.tracker.clean(tracker[31]).isEmpty)
        #expect(tracker[47].contains("meeting\u{00A0} endorsed"))
        #expect(DocumentLineCleaner.tracker.clean(tracker[47]).contains("meeting  endorsed"))
    }
}
