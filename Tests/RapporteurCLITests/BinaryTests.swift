import Foundation
import Testing

@Suite struct BinaryTests {
    /// The installed binary carries its schema and templates: copied alone into an empty
    /// folder, far from the repository, it creates a database and prints an agenda.
    @Test func theBinaryRunsAloneFromAnyFolder() throws {
        let cli = try CLI()
        let copy = cli.folder.appending(path: "bin/rapporteur")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        #expect(try cli.run(arguments: ["init"], binary: copy).status == 0)
        let resolution = try cli.run(arguments: ["resolution", "show", "2/7"], binary: copy)
        #expect(resolution.stdout.hasPrefix("Resolution 2/7 (HSP/HA.2/RES.7)\nAdequate housing for all\n"))
        #expect(
            try cli.run(arguments: ["meeting", "new", "PBA", "--number", "1", "--date", "2024-01-10"], binary: copy)
                .status == 0)
        #expect(try cli.run(arguments: ["agenda", "standard", "PBA-1"], binary: copy).status == 0)
        let agenda = try cli.run(arguments: ["agenda", "show", "PBA-1"], binary: copy)
        #expect(agenda.stdout.contains("1. Adoption of the provisional agenda.\n2. Any other business.\n"))
        let exported = try cli.run(
            arguments: ["templates", "export", cli.folder.appending(path: "t").path], binary: copy)
        #expect(exported.status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder.appending(path: "t/agenda.txt.mustache").path))
    }

    /// A template in the override folder replaces the built-in one of the same name.
    @Test func anOverrideTemplateReplacesTheBuiltInOne() throws {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "1", "--date", "2024-01-10")
        let folder = cli.folder.appending(path: "mine")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: TEXT }}Agenda of {{status}}\n".write(
            to: folder.appending(path: "agenda.txt.mustache"), atomically: true, encoding: .utf8)
        #expect(
            try cli.succeed("agenda", "show", "PBA-1", "--templates", folder.path) == "Agenda of Provisional agenda\n")
        let viaEnvironment = try cli.run(
            arguments: ["agenda", "show", "PBA-1"], environment: ["RAPPORTEUR_TEMPLATES": folder.path])
        #expect(viaEnvironment.stdout == "Agenda of Provisional agenda\n")
        let missing = try cli.run("agenda", "show", "PBA-1", "--templates", "/nonexistent")
        #expect(missing.status == 64)
        let listed = try cli.succeed("templates", "list", "--templates", folder.path)
        #expect(listed.contains("agenda.txt  (overridden)\n"))
        #expect(listed.contains("summary.md\n"))
    }

    /// A user changes the heading of every summary by exporting and editing one
    /// template, with no rebuild; a broken template is named with its line and column.
    @Test func anEditedSummaryTemplateChangesEverySummary() throws {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "1", "--date", "2024-01-10")
        try cli.succeed("agenda", "standard", "PBA-1")
        let folder = cli.folder.appending(path: "config/rapporteur/templates")
        try cli.succeed("templates", "export", folder.path)
        let file = folder.appending(path: "summary.txt.mustache")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "MEETING SUMMARY", with: "RECORD OF DISCUSSIONS")
            .write(to: file, atomically: true, encoding: .utf8)
        let summary = try cli.succeed("summary", "PBA-1")
        #expect(summary.contains("RECORD OF DISCUSSIONS"))
        #expect(!summary.contains("MEETING SUMMARY"))

        try "{{% CONTENT_TYPE: TEXT }}\nline two\n{{#sections}}\n{{/agenda}}\n".write(
            to: file, atomically: true, encoding: .utf8)
        let broken = try cli.run("summary", "PBA-1")
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("error: \(file.path):4:"))
        #expect(broken.stdout.isEmpty)
    }

    /// Every command's help leads with real examples of that command.
    @Test(arguments: [
        ["body"], ["state"], ["resolution"], ["decision"], ["meeting"], ["agenda"], ["intervention"], ["response"],
        ["action"], ["ask"], ["import"], ["export"], ["link"], ["funding"], ["templates"], ["report"],
        ["report", "progress"],
        ["init"], ["body", "list"], ["body", "show"], ["body", "set"], ["body", "add"], ["body", "remove"],
        ["state", "list"], ["state", "show"],
        ["resolution", "list"], ["resolution", "show"], ["decision", "add"], ["decision", "list"],
        ["decision", "show"],
        ["meeting", "new"], ["meeting", "list"], ["meeting", "show"], ["agenda", "standard"], ["agenda", "add"],
        ["agenda", "edit"], ["agenda", "move"], ["agenda", "remove"], ["agenda", "show"], ["agenda", "adopt"],
        ["templates", "export"], ["templates", "list"], ["intervention", "add"], ["intervention", "list"],
        ["intervention", "remove"], ["response", "add"], ["response", "list"],
        ["response", "remove"], ["action", "add"], ["action", "done"], ["action", "cancel"], ["action", "list"],
        ["ask", "withdraw"], ["ask", "supersede"], ["followup"], ["history"], ["summary"], ["meeting", "set"],
        ["import", "record"], ["export", "record"],
        ["link", "list"], ["link", "review"], ["link", "confirm"], ["link", "remove"], ["link", "add"],
        ["import", "summary"], ["import", "agenda"],
        ["import", "tracker"], ["import", "report"], ["tracker"], ["tracker", "show"], ["tracker", "check"],
        ["funding", "set"],
    ])
    func helpStartsWithExamples(command: [String]) throws {
        let help = try CLI().run(arguments: command + ["--help"], useDatabase: false)
        #expect(help.status == 0)
        let examples = help.stdout.range(of: "Examples:\n  rapporteur \(command.joined(separator: " "))")
        let usage = help.stdout.range(of: "USAGE:")
        #expect(examples != nil, "\(command.joined(separator: " ")) --help has no examples of itself")
        if let examples, let usage { #expect(examples.lowerBound < usage.lowerBound) }
    }
}
