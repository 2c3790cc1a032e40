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
}
