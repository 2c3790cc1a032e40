import Foundation
import Testing

/// Compares `text` with the golden file `Render/Snapshots/<name>`. With
/// RECORD_SNAPSHOTS=1 the file is written instead and the test fails, so that a
/// re-recording is always read (`git diff`) before it is committed.
func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = packageRoot.appending(path: "Tests/RapporteurKitTests/Render/Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record(
            "recorded \(name); read it, then run the tests again without RECORD_SNAPSHOTS",
            sourceLocation: sourceLocation)
        return
    }
    guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(name); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    if golden != text {
        let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first =
            zip(goldenLines, lines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(goldenLines.count, lines.count)
        let expected = first < goldenLines.count ? String(goldenLines[first]) : "(end)"
        let actual = first < lines.count ? String(lines[first]) : "(end)"
        Issue.record(
            "\(name) differs at line \(first + 1):\n  golden: \(expected)\n  output: \(actual)",
            sourceLocation: sourceLocation)
    }
}
