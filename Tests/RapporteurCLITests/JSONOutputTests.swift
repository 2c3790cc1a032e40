import Foundation
import Testing

/// Every command that takes `--json` prints JSON, with sorted keys, and nothing else on
/// standard output.
@Suite struct JSONOutputTests {
    /// One run of each command that takes --json, on the demo database; FILE names are
    /// files this test writes. `tracker check` and `followup --check` exit 2 with findings.
    static let invocations: [[String]] = [
        ["init"], ["body", "list"], ["body", "show", "PBA"], ["state", "list"], ["state", "show", "France"],
        ["resolution", "list"], ["resolution", "show", "2/7"], ["resolution", "show", "2/7", "--full"],
        ["decision", "list"], ["decision", "show", "2024/3"], ["meeting", "list"], ["meeting", "show", "PBA-56"],
        ["meeting", "documents", "PBA-56"],
        ["agenda", "show", "PBA-56"], ["intervention", "list", "PBA-56"], ["response", "list", "PBA-56"],
        ["action", "list"], ["link", "list", "PBA-56"], ["followup", "--as-of", "2025-01-15"],
        ["followup", "--as-of", "2025-01-15", "--check"], ["summary", "PBA-56"], ["history", "2/7"],
        ["tracker"], ["tracker", "show"], ["tracker", "check"], ["report", "progress", "--for", "EB-2024-2"],
        ["templates", "list"],
        ["import", "record", "RECORD", "--dry-run"], ["import", "record", "RECORD"],
        ["import", "summary", "SUMMARY", "--dry-run"],
        ["import", "tracker", "TRACKER", "--as-of", "2025-06-01", "--dry-run"],
        ["import", "report", "REPORT", "--as-of", "2024-12-04", "--dry-run"],
        ["import", "briefing", "BRIEFING", "--dry-run"],
    ]

    static let report = """
        I. Introduction
        1. This report gives an update on one resolution.
        II. Implementation
        A. Resolution 2/7
        2. The working group met for the first time (OP3).
        """

    /// A short summary of our own of a meeting the demo does not have.
    static let summary = """
        Summary of the fifty-seventh meeting of the ad hoc working group on programmatic, budgetary, and \
        administrative matters of the Executive Board

        Wednesday, 20 November 2024, 10:00 – 12:00 East Africa Time
        UNON Conference Room 4

        MEETING SUMMARY

        Agenda item 1 – Adoption of the agenda.

        1. The fifty-seventh meeting of the ad hoc working group was called to order at 10:05 EAT. The working \
        group adopted the provisional agenda without amendment as follows:
         - Adoption of the provisional agenda.
         - Implementation of resolution 2/7.
         - Other matters.

        Agenda item 2 – Implementation of resolution 2/7.

        2. A Member State asked when the working group on housing would next meet.
        3. The Secretariat explained that the group would meet again in March 2025.

        Agenda item 3 – Other matters.

        4. The meeting was adjourned at 11:55 EAT.
        """

    /// The commands whose help lists --json, found by walking the whole command tree.
    static func commandsTakingJSON() throws -> [[String]] {
        let dump = try CLI().run(arguments: ["--experimental-dump-help"], useDatabase: false)
        let root = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        var found: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let arguments = command["arguments"] as? [[String: Any]] ?? []
            let names = arguments.flatMap { $0["names"] as? [[String: Any]] ?? [] }.compactMap { $0["name"] as? String }
            if names.contains("json") { found.append(path) }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, name != "help" else { continue }
                walk(sub, path + [name])
            }
        }
        walk(root?["command"] as? [String: Any] ?? [:], [])
        return found
    }

    @Test func everyCommandTakingJSONIsRunHere() throws {
        let commands = try Self.commandsTakingJSON()
        #expect(commands.count > 20)
        for command in commands {
            #expect(
                Self.invocations.contains { Array($0.prefix(command.count)) == command },
                "`rapporteur \(command.joined(separator: " ")) --json` is not tried")
        }
        for command in [
            ["tracker", "check"], ["templates", "list"], ["import", "record"], ["import", "summary"],
            ["import", "tracker"], ["import", "report"], ["import", "briefing"], ["report", "progress"],
        ] {
            #expect(commands.contains(command), "\(command) takes no --json")
        }
    }

    @Test func everyCommandTakingJSONPrintsSortedJSON() throws {
        let cli = try ExampleDataTests.demo()
        let examples = ExampleDataTests.examples
        let files = [
            "RECORD": examples.appending(path: "pba-56.record").path,
            "TRACKER": examples.appending(path: "tracker-2025-06.txt").path,
            "BRIEFING": examples.appending(path: "briefing-2025-03.txt").path,
            "SUMMARY": cli.folder.appending(path: "summary.txt").path,
            "REPORT": cli.folder.appending(path: "report.txt").path,
        ]
        try Self.summary.write(toFile: files["SUMMARY"]!, atomically: true, encoding: .utf8)
        try Self.report.write(toFile: files["REPORT"]!, atomically: true, encoding: .utf8)
        for invocation in Self.invocations {
            let arguments = invocation.map { files[$0] ?? $0 }
            for json in [["--json"], ["--format", "json"]] {
                let result = try cli.run(arguments: arguments + json)
                let name = (invocation + json).joined(separator: " ")
                let checks = invocation.contains("check") || invocation.contains("--check")
                #expect(result.status == 0 || (checks && result.status == 2), "\(name): \(result.stderr)")
                guard (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil else {
                    Issue.record("\(name) printed no JSON: \(result.stdout.prefix(200))")
                    continue
                }
                #expect(
                    Self.unsortedKeys(result.stdout).isEmpty,
                    "\(name): keys out of order: \(Self.unsortedKeys(result.stdout))")
            }
        }
    }

    /// The keys of a pretty-printed JSON text that come after a key they should precede
    /// in their object; the objects are told apart by their indentation.
    static func unsortedKeys(_ text: String) -> [String] {
        var last: [Int: String] = [:]
        var unsorted: [String] = []
        for line in text.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            last = last.filter { $0.key <= indent }
            if line.dropFirst(indent).hasPrefix("}") { last[indent + 2] = nil }
            guard let match = line.firstMatch(of: #/^\s*"((?:[^"\\]|\\.)*)" : /#) else { continue }
            let key = String(match.1)
            if let previous = last[indent], previous >= key { unsorted.append(key) }
            last[indent] = key
        }
        return unsorted
    }

    @Test func keysOutOfOrderAreFound() {
        #expect(Self.unsortedKeys("{\n  \"a\" : 1,\n  \"b\" : {\n    \"z\" : 1\n  }\n}").isEmpty)
        #expect(Self.unsortedKeys("[\n  {\n    \"b\" : 1\n  },\n  {\n    \"a\" : 1\n  }\n]").isEmpty)
        #expect(Self.unsortedKeys("{\n  \"b\" : 1,\n  \"a\" : 2\n}") == ["a"])
    }
}
