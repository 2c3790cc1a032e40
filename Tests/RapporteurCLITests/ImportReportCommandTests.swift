import Foundation
import Testing

/// `import report`: what it says about the report's symbol and the day its updates hold for.
@Suite struct ImportReportCommandTests {
    /// Writes our own report, with `header` above one resolution heading and one paragraph.
    static func report(in cli: CLI, header: String = "") throws -> String {
        let file = cli.folder.appending(path: "report.txt")
        try Data((header + "A. Resolution 2/7\n1. The working group held its first meeting.\n").utf8).write(to: file)
        return file.path
    }

    @Test func aReportWithNoSymbolIsImportedWithAWarningSuggestingTheOption() throws {
        let cli = try CLI.initialized()
        let file = try Self.report(in: cli)
        let result = try cli.run("import", "report", file, "--as-of", "2025-03-01")
        #expect(result.status == 0)
        #expect(result.stdout == "imported 1 implementation updates as of 2025-03-01\n")
        #expect(result.stderr.contains("\(file):1: warning: "))
        #expect(result.stderr.contains("--symbol SYMBOL"))
    }
}
