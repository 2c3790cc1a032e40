import Foundation
import Testing

@testable import RapporteurKit

/// Seed 004's commitments, imported, against an officer's reading of the document
/// (Fixtures/seed-004-commitments.txt): every undertaking found, with its due as the
/// text states it, and nothing else taken for one.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedCommitmentImportTests {
    @Test func everyUndertakingIsFoundWithItsDue() throws {
        let reading = try SeedCommitmentReading()
        #expect(reading.lines.count == 15)
        let (_, result) = try SeedSummaryImportTests().imported()
        let record = try #require(result.record)
        var unmatched = record.commitments
        var found = 0
        for line in reading.lines {
            let ofParagraph = unmatched.indices.filter { unmatched[$0].sourceParagraph == line.paragraph }
            // The text holds the phrase as written, or, turned from the paragraph's passive
            // into an undertaking ("launched" -> "launch the Handbook"), every word of it.
            guard
                let index = ofParagraph.first(where: {
                    unmatched[$0].text.lowercased().contains(line.phrase.lowercased())
                }) ?? ofParagraph.first(where: { Self.stems(line.phrase).isSubset(of: Self.stems(unmatched[$0].text)) })
            else {
                Issue.record("not found: \(line.written)")
                continue
            }
            let commitment = unmatched.remove(at: index)
            found += 1
            #expect(commitment.due == line.due, "paragraph \(line.paragraph) \"\(commitment.text)\": \(line.written)")
        }
        print("seed 004: \(found) of \(reading.lines.count) commitments found, \(unmatched.count) reported besides")
        for extra in unmatched {
            Issue.record("not an undertaking of the reading: paragraph \(extra.sourceParagraph ?? 0) \"\(extra.text)\"")
        }
    }

    /// The words of a text without the endings a verb takes in the passive ("launched",
    /// "incorporated" -> "launch", "incorporat"), so that a phrase of the paragraph meets the
    /// undertaking's wording of it.
    static func stems(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { word in
                var stem = String(word)
                for ending in ["ed", "e", "s"] where stem.count > ending.count + 3 && stem.hasSuffix(ending) {
                    stem.removeLast(ending.count)
                    break
                }
                return stem
            })
    }

    /// The dues reach the store: a meeting recorded is linked, one not recorded yet is
    /// kept by its handle, and "as early as possible" is no date.
    @Test func theDuesAreStoredAsRead() throws {
        let (store, _) = try SeedSummaryImportTests().imported()
        let views = try store.commitments(meeting: "PBA-56")
        let byText = { (phrase: String) in views.first { $0.text.contains(phrase) } }
        let brief = try #require(byText("brief update"))
        #expect(brief.dueMeeting == "EB-2024-2")
        #expect(brief.dueMeetingDate == (try CalendarDate.parse("2024-12-04")))
        let further = try #require(byText("further update"))
        #expect(further.due == "by EB-2025-1")
        #expect(further.dueMeetingDate == nil)
        let presentations = try #require(byText("presentations available"))
        #expect(presentations.due == "as early as possible")
        #expect(presentations.dueDate == nil)
        // Planning the Board's first session of 2025 links what was due at it.
        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 1, startDate: try CalendarDate.parse("2025-03-26"),
                endDate: try CalendarDate.parse("2025-03-28"), venue: "Nairobi"))
        let later = try #require(try store.commitments(meeting: "PBA-56").first { $0.text.contains("further update") })
        #expect(later.dueMeeting == "EB-2025-1")
        #expect(later.dueMeetingDate == (try CalendarDate.parse("2025-03-26")))
    }
}
