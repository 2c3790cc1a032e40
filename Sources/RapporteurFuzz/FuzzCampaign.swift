import Foundation
import RapporteurKit

/// A fuzzing run: first the input a trap or a hang left pending is kept as a
/// regression input, then every regression input is replayed, then `cases` mutated
/// inputs are tried, a reader at a time in turn. Before each try the input is written
/// to the pending folder, so that a trap, which ends the process, leaves it behind
/// for the next run.
public struct FuzzCampaign {
    public struct Settings: Sendable {
        /// The folder that holds Package.swift.
        public var root: URL
        public var cases: Int
        public var seed: UInt64
        /// Names the pending folder, so that the test run and `scripts/fuzz` keep apart.
        public var name: String
        /// A case that uses more processor time than this is a hang.
        public var timeLimit: TimeInterval = 10
        /// Reads the shared seeds and samples beside the project too (a developer's tool may;
        /// the program itself never does).
        public var includeShared = true
        /// Replays the regression inputs before the cases.
        public var replay = true
        /// This process runs the cases whose index is `index` modulo `count`, so that
        /// several processes share one run's cases.
        public var shard = (index: 0, count: 1)

        public init(root: URL, cases: Int, seed: UInt64, name: String) {
            self.root = root
            self.cases = cases
            self.seed = seed
            self.name = name
        }

        public var regressions: URL { root.appending(path: "Tests/RapporteurFuzzTests/Regressions") }
        public var pending: URL { root.appending(path: ".build/fuzz/pending-\(name)") }
        var seedFolders: [URL] {
            let own = [root.appending(path: "examples"), root.appending(path: "Tests/RapporteurFuzzTests/Seeds")]
            let shared = root.deletingLastPathComponent().appending(path: "shared")
            return own + (includeShared ? [shared.appending(path: "seeds"), shared.appending(path: "samples")] : [])
        }
    }

    public struct Summary: Sendable {
        public var cases = 0
        public var accepted = 0
        public var refused = 0
        public var byReader: [String: Int] = [:]
        /// The cases each reader accepted (the rest it refused).
        public var acceptedByReader: [String: Int] = [:]
        /// Seconds spent in each reader (importing and showing).
        public var secondsByReader: [String: TimeInterval] = [:]
        public var corpus = 0
        public var replayed = 0
        /// Inputs a previous run left pending, now regression inputs (their paths).
        public var kept: [String] = []
        /// Errors of a kind the command line does not print as its own (`error: …`),
        /// by kind and message, with how often.
        public var unexpectedErrors: [String: Int] = [:]
        public var slowest: (seconds: TimeInterval, label: String) = (0, "")
        /// A digest of every case's outcome, in order: two runs that agree on it made
        /// the same cases with the same results.
        public var digest: UInt64 = FuzzHash.value([])

        /// "100000 cases (record 20000, …): 61234 accepted, 38766 refused; no crash, no hang".
        public var line: String {
            let readers = FuzzReader.all.map { "\($0.name) \(byReader[$0.name] ?? 0)" }.joined(separator: ", ")
            return "\(cases) cases (\(readers)) from \(corpus) documents: \(accepted) accepted, \(refused) refused; "
                + "\(replayed) regression inputs replayed; no crash, no hang; slowest case "
                + String(format: "%.2f", slowest.seconds) + " s"
        }
    }

    public let settings: Settings
    let readers = FuzzReader.all

    public init(_ settings: Settings) {
        self.settings = settings
    }

    /// Runs the campaign; `progress` is told every `every` cases. A hang is reported
    /// through `onHang` (which should end the process: the case cannot be stopped).
    public func run(
        progressEvery every: Int = 0, progress: (Summary) -> Void = { _ in },
        onHang: @escaping @Sendable (String) -> Void
    ) throws -> Summary {
        var summary = Summary()
        summary.kept = try keepPending()
        let corpus = try FuzzCorpus(
            seedFolders: settings.seedFolders, regressions: settings.regressions, readers: readers)
        summary.corpus = corpus.documents.count
        guard !corpus.documents.isEmpty else {
            throw FuzzError("no seed documents in \(settings.seedFolders.map(\.path))")
        }
        _ = FuzzReadBack.templates
        let stores = try FuzzStores(examples: settings.root.appending(path: "examples"))
        try FileManager.default.createDirectory(at: settings.pending, withIntermediateDirectories: true)
        let pending = settings.pending.path
        let limit = settings.timeLimit
        let watchdog = FuzzWatchdog(limit: limit) { label, seconds in
            onHang(
                "\(label) has run \(Int(seconds)) s (the limit is \(Int(limit)) s of processor time): a hang. Its input is in \(pending); "
                    + "the next run keeps it as a regression input and replays it")
        }
        defer { watchdog.stop() }
        var runner = Runner(pending: settings.pending, stores: stores, watchdog: watchdog)

        for reader in readers where settings.replay {
            let folder = settings.regressions.appending(path: reader.name)
            for name in FuzzCorpus.files(in: folder) {
                let bytes = try Array(Data(contentsOf: folder.appending(path: name)))
                try runner.attempt(reader, bytes, label: "regression input \(reader.name)/\(name)", into: &summary)
                summary.replayed += 1
            }
        }
        for index in stride(from: settings.shard.index, to: settings.cases, by: max(1, settings.shard.count)) {
            var random = FuzzRandom(seed: settings.seed, case: index)
            let reader = readers[index % readers.count]
            let start = corpus.start(for: reader, random: &random)
            var bytes = start.bytes
            var applied: [String] = []
            for _ in 0..<random.pick([1, 1, 1, 2, 2, 3, 4, 6]) {
                let mutation = random.pick(FuzzMutation.weighted)
                mutation.apply(to: &bytes, random: &random, lines: corpus.lines, words: corpus.words[reader.name] ?? [])
                applied.append(mutation.rawValue)
            }
            if let package = reader.package { bytes = package(bytes, &random) }
            let label =
                "case \(index) of seed \(settings.seed) (\(reader.name): \(start.name), \(applied.joined(separator: ", ")))"
            try runner.attempt(reader, bytes, label: label, into: &summary)
            summary.cases += 1
            summary.byReader[reader.name, default: 0] += 1
            if every > 0, summary.cases % every == 0 { progress(summary) }
        }
        runner.clear()
        return summary
    }

    /// Moves what a previous run left in the pending folder (the input it was trying
    /// when it trapped or hung) into the regression folder of its reader.
    func keepPending() throws -> [String] {
        var kept: [String] = []
        for name in FuzzCorpus.files(in: settings.pending) {
            let source = settings.pending.appending(path: name)
            let readerName = String(name.prefix { $0 != "." })
            guard let reader = FuzzReader.named(readerName) else {
                throw FuzzError(
                    "\(source.path) is named after no reader (\(readers.map(\.name).joined(separator: ", ")))")
            }
            let bytes = try Array(Data(contentsOf: source))
            let folder = settings.regressions.appending(path: reader.name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let target = folder.appending(path: "\(FuzzHash.hex(bytes)).\(reader.fileExtension)")
            if FileManager.default.fileExists(atPath: target.path) {
                try FileManager.default.removeItem(at: source)
            } else {
                try FileManager.default.moveItem(at: source, to: target)
            }
            kept.append(target.path)
        }
        return kept
    }
}

/// Runs one case at a time: the input written to the pending folder, a fresh store,
/// the reader watched.
private struct Runner {
    let pending: URL
    let stores: FuzzStores
    let watchdog: FuzzWatchdog
    private var written: URL?

    init(pending: URL, stores: FuzzStores, watchdog: FuzzWatchdog) {
        self.pending = pending
        self.stores = stores
        self.watchdog = watchdog
    }

    mutating func attempt(
        _ reader: FuzzReader, _ bytes: [UInt8], label: String, into summary: inout FuzzCampaign.Summary
    ) throws {
        let file = pending.appending(path: "\(reader.name).\(reader.fileExtension)")
        if let written, written != file { try? FileManager.default.removeItem(at: written) }
        try Data(bytes).write(to: file)
        written = file
        let hash = FuzzHash.value(bytes)
        let store = try stores.fresh(withExamples: hash & 1 == 1)
        let started = Date()
        watchdog.begin(label)
        var outcome = "accepted"
        do {
            try reader.run(file.path, store, hash & 2 == 2)
            summary.accepted += 1
            summary.acceptedByReader[reader.name, default: 0] += 1
        } catch let error where error is RapporteurError || error is TextError || error is ImportFailure {
            summary.refused += 1
            outcome = "\(error)"
        } catch {
            summary.refused += 1
            outcome = "\(type(of: error)): \(String(describing: error).prefix(160))"
            summary.unexpectedErrors[outcome, default: 0] += 1
        }
        watchdog.end()
        summary.digest = FuzzHash.value(Array(outcome.utf8), from: summary.digest ^ hash)
        let seconds = Date().timeIntervalSince(started)
        summary.secondsByReader[reader.name, default: 0] += seconds
        if seconds > summary.slowest.seconds { summary.slowest = (seconds, label) }
    }

    /// Removes the pending input once the run is over: nothing trapped.
    mutating func clear() {
        if let written { try? FileManager.default.removeItem(at: written) }
        written = nil
    }
}

/// FNV-1a, 64 bits: names a regression input by its content.
enum FuzzHash {
    static func value(_ bytes: [UInt8], from start: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        bytes.reduce(start) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = String(value(bytes), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// A problem with the harness itself (no seeds, a pending file of no reader).
public struct FuzzError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
