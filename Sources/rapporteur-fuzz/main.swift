import Foundation
import RapporteurFuzz

// rapporteur-fuzz [CASES] [SEED] [SHARD/SHARDS]: runs every importer on CASES mutated
// inputs (default 100,000) from the examples, the fuzzer's seeds, the shared seeds and
// samples beside the project and the regression inputs, in process; with SHARD/SHARDS
// (0/2, 1/2) only its share of them, so that scripts/fuzz can run one process a core.
// Run from the folder that holds Package.swift. Exit 0 when no case trapped or hung;
// a trap ends the process with the runtime's own message, and the input is left in
// .build/fuzz/pending-fuzz[-SHARD] for the next run to keep.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("rapporteur-fuzz: \(message)\n".utf8))
    exit(64)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count <= 3 else { fail("usage: rapporteur-fuzz [CASES] [SEED] [SHARD/SHARDS]") }
guard let cases = arguments.first.map({ Int($0) }) ?? 100_000, cases >= 0 else {
    fail("CASES must be a whole number, not '\(arguments[0])'")
}
guard let seed = arguments.count > 1 ? UInt64(arguments[1]) : 1 else {
    fail("SEED must be a whole number from 0, not '\(arguments[1])'")
}
var shard = (index: 0, count: 1)
if arguments.count > 2 {
    let parts = arguments[2].split(separator: "/").compactMap { Int($0) }
    guard parts.count == 2, parts[1] >= 1, (0..<parts[1]).contains(parts[0]) else {
        fail("SHARD/SHARDS must be like 0/2, not '\(arguments[2])'")
    }
    shard = (parts[0], parts[1])
}
let name = shard.count == 1 ? "fuzz" : "fuzz-\(shard.index)"

let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
guard FileManager.default.fileExists(atPath: root.appending(path: "Package.swift").path) else {
    fail("run it from the folder that holds Package.swift")
}

var settings = FuzzCampaign.Settings(root: root, cases: cases, seed: seed, name: name)
settings.shard = shard
// One process replays the regression inputs, not each.
settings.replay = shard.index == 0
let campaign = FuzzCampaign(settings)
let started = Date()
do {
    let summary = try campaign.run(
        progressEvery: 5_000,
        progress: { summary in
            let seconds = Date().timeIntervalSince(started)
            FileHandle.standardError.write(
                Data(String(format: "%@: %d cases, %.0f s\n", name, summary.cases, seconds).utf8))
        },
        onHang: { report in
            FileHandle.standardError.write(Data("rapporteur-fuzz: \(report)\n".utf8))
            exit(3)
        })
    for path in summary.kept { print("kept as a regression input: \(path)") }
    for (error, count) in summary.unexpectedErrors.sorted(by: { $0.key < $1.key }) {
        print("error the command line would print raw (\(count) times): \(error)")
    }
    print(
        "\(name): seed \(seed)\(shard.count > 1 ? ", share \(shard.index)/\(shard.count)" : ""): \(summary.line); "
            + String(format: "%.0f s", Date().timeIntervalSince(started)))
    print("\(name): slowest: \(summary.slowest.label)")
    print(
        "\(name): seconds by reader: "
            + summary.secondsByReader.sorted { $0.key < $1.key }
            .map { String(format: "%@ %.1f", $0.key, $0.value) }.joined(separator: ", "))
} catch {
    fail("\(error)")
}
