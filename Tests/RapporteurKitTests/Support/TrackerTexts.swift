import Foundation

/// Tracker texts the tracker tests read.
enum TrackerTexts {
    /// Resolution 2/3 with $1,000K required and $300K mobilized, which leaves a gap of
    /// $700K, 70 %; the text shows $600K and 71 %, so both figures are wrong.
    static let contradictedGap = """
        Resolution 2/3
        World Cleanup Day
        Resource requirements:
        $1,000K
        Resources mobilized:
        $300K
        Funding Gap:
        $600K
        Funding Gap %:
        71%
        """

    /// The project's example tracker, examples/tracker-2025-06.txt.
    static func example() throws -> String {
        try String(contentsOf: packageRoot.appending(path: "examples/tracker-2025-06.txt"), encoding: .utf8)
    }
}
