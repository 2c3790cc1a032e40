import Foundation
import Testing

/// `import briefing` on seed 003, the technical briefing taken from slides: what it says
/// it read, and `--strict`, which its warnings make refuse it.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct SeedBriefingCommandTests {
    static func seedFile() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: SeedFolder.url.path).sorted()
        return SeedFolder.url.appending(path: try #require(names.first { $0.hasPrefix("003_") })).path
    }

    @Test func theSlidesAreImportedAndTheOutputSaysWhatWasRead() throws {
        let cli = try CLI.initialized()
        let file = try Self.seedFile()
        let imported = try cli.run("import", "briefing", file, "--symbol", "HSP/HA.2/INF/99")
        #expect(imported.status == 0, "\(imported.stderr)")
        // 10 budget rows (2/7 has two), the PBI summary of 2/6 (recurrent, one-time, line
        // 208's grand total), 11 roadmaps (2/7 has two), 49 fundraising lines.
        #expect(
            imported.stdout
                == "imported 10 budget rows, 2 PBI summary lines with 1 grand total, 11 roadmaps (88 milestones) "
                + "and 49 fundraising lines from HSP/HA.2/INF/99\n")
        #expect(imported.stderr.contains("\(file):375: warning: 'unhabitat.org' is"))
        #expect(imported.stderr.contains("\(file):128: warning: '- $1,730,390' under Total less existing"))
        let check = try cli.run("tracker", "check")
        #expect(check.stdout.contains("resolution 2/7, Open Platform (HSP/HA.2/INF/99, line 258, US$)"))
    }

    @Test func strictRefusesTheSlidesForTheirWarningsAndWritesNothing() throws {
        let cli = try CLI.initialized()
        let before = try cli.dump()
        let refused = try cli.run("import", "briefing", try Self.seedFile(), "--strict")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(":7: error: 'Outcomes of the second session of the UN Habitat Assembly' is"))
        #expect(!refused.stderr.contains(": warning: "))
        #expect(try cli.dump() == before)
    }
}
