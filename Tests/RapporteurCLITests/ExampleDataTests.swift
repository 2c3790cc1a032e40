import Foundation
import Testing

/// The demo's example data replays cleanly through the real binary and shows what the
/// demo promises: open asks, partly answered asks and overdue commitments.
@Suite struct ExampleDataTests {
    /// Splits a line of the example files into arguments: words, "double-quoted" and
    /// 'single-quoted' strings, as the shell that runs `scripts/demo` reads them.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// A database with the demo's example data replayed through the binary, line by line.
    static func demo() throws -> CLI {
        let cli = try CLI.initialized()
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "examples")
        for file in ["pba-56-agenda.commands", "pba-56-record.commands"] {
            let text = try String(contentsOf: examples.appending(path: file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.isEmpty && !line.hasPrefix("#") {
                let result = try cli.run(arguments: Self.words(String(line)))
                #expect(result.status == 0, "\(file):\(number + 1): \(result.stderr)")
                #expect(!result.stderr.contains("warning:"), "\(file):\(number + 1): \(result.stderr)")
            }
        }
        return cli
    }

    @Test func theDemoRecordReplaysAndLeavesWorkToFollowUp() throws {
        let cli = try Self.demo()
        let list = try cli.json("followup", "--as-of", "2025-01-15", "--json") as? [String: Any]
        let asks = list?["asks"] as? [[String: Any]] ?? []
        let commitments = list?["commitments"] as? [[String: Any]] ?? []
        #expect(asks.contains { $0["status"] as? String == "open" })
        #expect(asks.contains { $0["status"] as? String == "partiallyAnswered" })
        #expect(commitments.contains { $0["overdue"] as? Bool == true })
        #expect(try cli.succeed("agenda", "show", "PBA-56").contains("Agenda (adopted without any change)"))
        // Only France, the convenor, is named in the published summary; the record keeps it so.
        let named = (try cli.json("intervention", "list", "PBA-56", "--json") as? [[String: Any]] ?? [])
            .filter { $0["named"] as? Bool == true }
        #expect(named.map { $0["speakers"] as? [String] } == [["France"]])
    }
}
