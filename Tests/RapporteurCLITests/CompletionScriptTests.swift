import Foundation
import Testing

@Suite struct CompletionScriptTests {
    /// `scripts/install` writes the completions the binary generates.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreGenerated(shell: String) throws {
        let result = try CLI().run(arguments: ["--generate-completion-script", shell], useDatabase: false)
        #expect(result.status == 0)
        #expect(result.stdout.contains("rapporteur"))
        #expect(result.stdout.contains("intervention"))
    }

    /// Every option and argument that takes a file (the database, an output, a text or
    /// a record to read) completes as a file in the shell, and a folder as a folder.
    @Test func fileAndFolderValuesCompleteAsFilesAndFolders() throws {
        let dump = try CLI().run(arguments: ["--experimental-dump-help"], useDatabase: false)
        let root = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        var files = 0
        var folders = 0
        func walk(_ command: [String: Any], _ path: [String]) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                guard let value = argument["valueName"] as? String else { continue }
                let kind = (argument["completionKind"] as? [String: Any])?.keys.first
                let name = (["rapporteur"] + path).joined(separator: " ") + " <\(value)>"
                if ["path", "file", "files"].contains(value) {
                    files += 1
                    #expect(kind == "file", "\(name) completes as \(kind ?? "nothing")")
                } else if ["dir", "folder"].contains(value) {
                    folders += 1
                    #expect(kind == "directory", "\(name) completes as \(kind ?? "nothing")")
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path + [sub["commandName"] as? String ?? "?"])
            }
        }
        walk(root?["command"] as? [String: Any] ?? [:], [])
        #expect(files > 60)
        #expect(folders > 5)
    }
}
