import Foundation
import Testing

/// Every command's help fits 80 columns, and its examples come out as written, so that
/// they can be pasted into a shell.
@Suite struct HelpTextTests {
    /// Every command and subcommand, from the tree the binary describes.
    static func allCommands() throws -> [[String]] {
        let dump = try CLI().run(arguments: ["--experimental-dump-help"], useDatabase: false)
        let root = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        var found: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            found.append(path)
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, name != "help" else { continue }
                walk(sub, path + [name])
            }
        }
        walk(root?["command"] as? [String: Any] ?? [:], [])
        return found
    }

    @Test func everyHelpLineFitsEightyColumnsAndEveryExampleIsWhole() throws {
        let cli = try CLI()
        let commands = try Self.allCommands()
        #expect(commands.count > 60)
        for command in commands {
            let name = (["rapporteur"] + command).joined(separator: " ")
            let help = try cli.run(arguments: command + ["--help"], environment: ["COLUMNS": "80"], useDatabase: false)
            #expect(help.status == 0, "\(name) --help: \(help.stderr)")
            let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines where line.count >= 80 {
                Issue.record("\(name) --help: \(line.count) columns: \(line)")
            }
            for problem in Self.brokenExamples(lines.map(String.init)) {
                Issue.record("\(name) --help: \(problem)")
            }
        }
    }

    /// Under "Examples:", every line is a command ("  rapporteur …") or the continuation
    /// of one ending in "\" (indented further); a line the wrapper broke off is neither.
    static func brokenExamples(_ lines: [String]) -> [String] {
        guard let start = lines.firstIndex(of: "Examples:") else { return ["no Examples:"] }
        var problems: [String] = []
        var continues = false
        for line in lines[(start + 1)...] {
            if line.isEmpty { break }
            let isCommand = line.hasPrefix("  rapporteur ") || line.hasPrefix("  RAPPORTEUR_")
            let isContinuation = line.hasPrefix("      ") && !line.hasPrefix("       ")
            if continues ? !isContinuation : !isCommand { problems.append("broken example line: \(line)") }
            continues = line.hasSuffix(" \\")
        }
        if continues { problems.append("the last example ends in \\") }
        return problems
    }

    /// The test itself: an example the wrapper broke is found.
    @Test func aBrokenExampleIsFound() {
        #expect(Self.brokenExamples(["Examples:", "  rapporteur a \\", "      --b c", "  rapporteur d", ""]).isEmpty)
        #expect(Self.brokenExamples(["Examples:", "  rapporteur a very long", "line", ""]).count == 1)
        #expect(Self.brokenExamples(["Examples:", "  rapporteur a \\", "  rapporteur b", ""]).count == 1)
    }
}
