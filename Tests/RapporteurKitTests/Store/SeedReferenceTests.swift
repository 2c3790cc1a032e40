import Testing

@testable import RapporteurKit

/// The reference world against the real documents in ../shared/seeds.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedReferenceTests {
    /// Letters and digits only, in lower case, one space between words: the documents
    /// differ from each other in hyphens, dashes and line breaks.
    private func words(_ text: String) -> String {
        String(NameMatching.key(text).map { $0.isLetter || $0.isNumber ? $0 : " " })
            .split(separator: " ").joined(separator: " ")
    }

    /// Titles are facts from the tracker (000), the Executive Director's report (001) and
    /// the PBA summary (004); 000 and 001 drop the plural of 1/5's "human settlements".
    @Test func everyResolutionTitleAppearsInTheSeeds() throws {
        let seeds = words(try Seeds.text("000") + " " + Seeds.text("001") + " " + Seeds.text("004"))
        for resolution in try referenceStore().resolutions() {
            let title = words(resolution.title)
            #expect(seeds.contains(title), "resolution \(resolution.key.key): '\(title)' is not in the seeds")
        }
    }

    /// Every resolution the PBA summary (004) names under a sub-heading is in the reference world.
    @Test func everyResolutionHeadingOfThePBASummaryResolves() throws {
        let store = try referenceStore()
        let headings = try Seeds.text("004").split(separator: "\n").compactMap { line in
            line.firstMatch(of: /^Resolution (\d+\/\d+)/).map { String($0.1) }
        }
        #expect(headings.count >= 10)
        for key in headings {
            #expect(try store.resolution(key).key.key == key)
        }
    }

    /// The heading of seed 004 is the meeting our planner names.
    @Test func thePlannedMeetingReadsAsTheSummaryHeading() throws {
        let store = try referenceStore()
        let meeting = try planPBA56(in: store)
        let body = try store.body("PBA")
        let seed = try Seeds.text("004")
        #expect(seed.contains("Summary of the \(meeting.title(in: body)) of the"))
        #expect(seed.contains("\(UNDate.withWeekday(meeting.startDate)), \(meeting.timeRange(in: body)!)"))
        #expect(seed.contains("Chair: \(meeting.chair!)\n\(meeting.chairFunction!)"))
    }
}
