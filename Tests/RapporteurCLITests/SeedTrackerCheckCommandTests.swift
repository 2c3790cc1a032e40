import Foundation
import Testing

/// `tracker check` on the published tracker (seed 000) and the technical briefing (seed
/// 003): the inconsistencies of the briefing, found by arithmetic, beside the tracker's two
/// surpluses, and nothing else.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct SeedTrackerCheckCommandTests {
    @Test func theBriefingsInconsistenciesAndTheTrackersSurplusesAreFoundAndNothingElse() throws {
        let cli = try CLI.initialized()
        let tracker = cli.folder.appending(path: "000.txt")
        let briefing = cli.folder.appending(path: "003.txt")
        try SeedFolder.text("000").write(to: tracker, atomically: true, encoding: .utf8)
        try SeedFolder.text("003").write(to: briefing, atomically: true, encoding: .utf8)
        try cli.succeed("import", "tracker", tracker.path, "--as-of", "2023-12-01")
        try cli.succeed("import", "briefing", briefing.path)
        let check = try cli.run("tracker", "check")
        #expect(check.status == 2, "\(check.stderr)")
        // Worked by hand from the documents:
        // - seed 000, 2/6: $24,638K mobilized of $10,202K required; 1/5: $3,782K of $2,015K;
        // - seed 003 line 45, 2/1: 550,663 + 639,888 = 1,190,551, printed total 1,179,384;
        // - line 258, 2/7 "Open Platform": 435,875 − 75,000 = 360,875, printed 435,875;
        // - line 203, 2/6's PBI summary, recurrent: 829,483 + 1,175,665 = 2,005,148, printed
        //   2,005,149, a difference of 1 that rounding explains.
        // Every other row adds up, and so does the grand total: 1,505,149 + 2,181,800 = 3,686,949.
        let findings = check.stdout.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let expected = [
            "resolution 2/6 (\(tracker.path), as of 2023-12-01): resources mobilized ($24,638K) exceed resources "
                + "required ($10,202K) by $14,436K; the totals count $10,202K",
            "resolution 1/5 (\(tracker.path), as of 2023-12-01): resources mobilized ($3,782K) exceed resources "
                + "required ($2,015K) by $1,767K; the totals count $2,015K",
            "resolution 2/1, budget (003.txt, line 45, US$): post 550,663 + non-post 639,888 = 1,190,551, but the "
                + "total is shown as 1,179,384 (a difference of 11,167)",
            "resolution 2/7, Open Platform (003.txt, line 258, US$): total 435,875 − existing resources 75,000 = "
                + "360,875, but the total less existing resources is shown as 435,875 (a difference of 75,000)",
            "Differences of 1 in the last stated unit, which rounding explains:",
            "  resolution 2/6, recurrent requirements (PBI summary) (003.txt, line 203, US$): post 829,483 + "
                + "non-post 1,175,665 = 2,005,148; the total shown, 2,005,149, differs by 1, which rounding explains",
        ]
        #expect(findings == expected)
    }
}
