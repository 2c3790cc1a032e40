import Foundation
import Testing

/// The library's messages are read by callers other than the command line (a web view, a
/// script), so no string of RapporteurKit names a flag or a `rapporteur` command: an error
/// names its field and next step as types (`Phrase`) and the command line words them.
/// Doc comments may speak of the command line; only string literals are read.
@Suite struct LibraryWordingTests {
    static let root: URL = {
        var root = URL(fileURLWithPath: #filePath)
        while root.path != "/" && !FileManager.default.fileExists(atPath: root.appending(path: "Package.swift").path) {
            root.deleteLastPathComponent()
        }
        return root
    }()

    /// The program's commands, one a file of Sources/rapporteur/Commands ("MeetingCommand.swift" -> "meeting").
    static func commandNames() throws -> [String] {
        let folder = root.appending(path: "Sources/rapporteur/Commands")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).compactMap { file -> String? in
            guard let end = file.range(of: "Command")?.lowerBound else { return nil }
            return file[..<end].lowercased()
        }
        return Array(Set(names)).sorted()
    }

    /// Options of another program the library runs, each a literal of its own: LibreOffice's,
    /// which converts Word files to PDF. They are arguments, not words for a user.
    static let otherProgramsOptions: Set<String> = ["--headless", "--convert-to", "--outdir"]

    static func offences(in source: String, commands: [String]) throws -> [String] {
        let flag = try Regex("(^|[^A-Za-z0-9-])--[a-z][a-z-]+")
        let command = try Regex("rapporteur (\(commands.joined(separator: "|")))\\b")
        return SwiftStringLiterals.of(source)
            .filter { !otherProgramsOptions.contains($0.text) }
            .filter { $0.text.contains(flag) || $0.text.contains(command) }
            .map(\.description)
    }

    @Test func noStringOfTheLibraryNamesAFlagOrACommand() throws {
        let commands = try Self.commandNames()
        #expect(commands.contains("meeting") && commands.contains("init"))
        let sources = Self.root.appending(path: "Sources/RapporteurKit")
        let files =
            FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }.sorted() ?? []
        #expect(files.count > 100)
        var found: [String] = []
        for file in files {
            let source = try String(contentsOf: sources.appending(path: file), encoding: .utf8)
            let offences = try Self.offences(in: source, commands: commands)
            found += offences.map { "\(file) \($0)" }
        }
        #expect(found.isEmpty, "\(found.count) strings name the command line:\n\(found.joined(separator: "\n"))")
    }

    @Test func theScanReadsStringsAndSkipsComments() throws {
        let source = #"""
            /// `rapporteur meeting list` shows them; --owner in a doc comment is fine
            // so is --owner here, /* and --owner here */
            let a = "--owner must be the Secretariat"
            let b = "no meeting \(handle); `rapporteur meeting list` shows the meetings"
            let c = """
                give it with \
                --paragraph 2/7:3
                """
            let d = "\(field: .owner) must be …, not '\(typed)'"
            let e = #"a raw --flag"#
            let f = "another rapporteur command is writing; a --- rule; SQL -- comment"
            let g = ["--headless", "--convert-to", "pdf", "--headless now"]
            """#
        let found = try Self.offences(in: source, commands: ["meeting"])
        #expect(
            found == [
                "line 3: --owner must be the Secretariat",
                "line 4: no meeting …; `rapporteur meeting list` shows the meetings",
                "line 5: give it with --paragraph 2/7:3",
                "line 10: a raw --flag",
                "line 12: --headless now",
            ])
    }
}
