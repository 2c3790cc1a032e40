import Foundation
import RapporteurFuzz
import Testing

/// The bounded fuzzing run of the test suite: every regression input, then a fixed
/// number of mutated inputs with a fixed seed, over every importer. A trap ends the
/// test process and leaves the input in .build/fuzz/pending-test, which the next run
/// keeps in Regressions/ and replays; a hang ends it with a report.
@Suite struct FuzzRunTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appending(path: "Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// Cases of the bounded run, as many for each reader; `scripts/fuzz` runs many more.
    static let cases = 210
    /// Processor time a case may use: a debug build reads several times slower than the
    /// release build `scripts/fuzz` uses (limit 10 s).
    static let timeLimit: TimeInterval = 30

    @Test func everyImporterTakesMutatedInputsWithoutStopping() throws {
        var settings = FuzzCampaign.Settings(root: Self.root, cases: Self.cases, seed: 2026, name: "test")
        settings.timeLimit = Self.timeLimit
        let campaign = FuzzCampaign(settings)
        let summary = try campaign.run(onHang: Self.endOnHang)
        #expect(summary.cases == Self.cases)
        for reader in FuzzReader.all {
            #expect(summary.byReader[reader.name] == Self.cases / FuzzReader.all.count, "\(reader.name)")
        }
        // Mutated inputs are both accepted and refused: the run reaches past the first line.
        #expect(summary.accepted > Self.cases / 20)
        #expect(summary.refused > Self.cases / 20)
        // Word documents are read (well formed) and refused (their zip spoiled) both.
        let docx = summary.acceptedByReader["docx"] ?? 0
        #expect(docx > 0 && docx < summary.byReader["docx"] ?? 0, "\(docx) docx cases accepted")
        let regressions = FuzzReader.all.map { reader in
            (try? FileManager.default.contentsOfDirectory(
                atPath: campaign.settings.regressions.appending(path: reader.name).path))?
                .filter { !$0.hasPrefix(".") }.count ?? 0
        }
        #expect(summary.replayed == regressions.reduce(0, +))
        #expect(summary.unexpectedErrors.isEmpty, "\(summary.unexpectedErrors)")
    }

    @Test func anInputLeftPendingIsKeptAsARegressionInputAndReplayed() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "rapporteur-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appending(path: "examples"), withIntermediateDirectories: true)
        var settings = FuzzCampaign.Settings(root: root, cases: 5, seed: 1, name: "test")
        settings.includeShared = false
        settings.timeLimit = Self.timeLimit
        try FileManager.default.createDirectory(at: settings.pending, withIntermediateDirectories: true)
        let input = Data("A. Resolution 2/7\n1. A paragraph.\n".utf8)
        try input.write(to: settings.pending.appending(path: "report.txt"))

        let summary = try FuzzCampaign(settings).run(onHang: Self.endOnHang)
        #expect(summary.kept.count == 1)
        let kept = try #require(summary.kept.first)
        #expect(kept.hasPrefix(settings.regressions.appending(path: "report").path + "/") && kept.hasSuffix(".txt"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept)) == input)
        #expect(summary.replayed == 1)
        #expect(summary.cases == 5)
        // Nothing trapped: nothing is left pending.
        #expect(try FileManager.default.contentsOfDirectory(atPath: settings.pending.path).isEmpty)
    }

    @Test func theSameSeedMakesTheSameCases() throws {
        var settings = FuzzCampaign.Settings(root: Self.root, cases: 40, seed: 7, name: "test-repeat")
        settings.includeShared = false
        settings.replay = false
        settings.timeLimit = Self.timeLimit
        let first = try FuzzCampaign(settings).run(onHang: Self.endOnHang)
        let second = try FuzzCampaign(settings).run(onHang: Self.endOnHang)
        #expect(first.digest == second.digest)
        settings.seed = 8
        #expect(try FuzzCampaign(settings).run(onHang: Self.endOnHang).digest != first.digest)
    }

    @Sendable static func endOnHang(_ report: String) {
        FileHandle.standardError.write(Data("fuzz: \(report)\n".utf8))
        exit(3)
    }
}
