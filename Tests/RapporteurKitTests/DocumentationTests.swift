import Foundation
import Testing

@testable import RapporteurKit

/// The notes the code points a reader to are in the repository.
@Suite struct DocumentationTests {
    /// Every note in capitals with the `.md` extension (but the README, at the root) that a
    /// source or test file or Package.swift names, with or without its folder.
    private func citedNotes() throws -> [String: Set<String>] {
        let cited = try Regex(#"(?:docs/)?([A-Z][A-Z_]+\.md)"#)
        var files = [packageRoot.appending(path: "Package.swift")]
        for folder in ["Sources", "Tests"] {
            let walker = FileManager.default.enumerator(
                at: packageRoot.appending(path: folder), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if url.pathExtension == "swift" { files.append(url) }
            }
        }
        var found: [String: Set<String>] = [:]
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: cited) where match.output[1].substring != "README.md" {
                found[String(text[match.range]), default: []].insert(url.lastPathComponent)
            }
        }
        return found
    }

    @Test func everyNoteTheCodeCitesIsInDocs() throws {
        let cited = try citedNotes()
        #expect(cited.keys.contains("docs/ARCHITECTURE.md"))
        for (note, files) in cited.sorted(by: { $0.key < $1.key }) {
            #expect(
                note.hasPrefix("docs/"), "\(files.sorted().joined(separator: ", ")) cite \(note) without its folder")
            let path = packageRoot.appending(path: note.hasPrefix("docs/") ? note : "docs/\(note)").path
            #expect(
                FileManager.default.fileExists(atPath: path),
                "\(note), cited in \(files.sorted().joined(separator: ", ")), is missing")
        }
    }

    @Test func theReadmePointsToTheArchitectureNotes() throws {
        let readme = try String(contentsOf: packageRoot.appending(path: "README.md"), encoding: .utf8)
        #expect(readme.contains("docs/ARCHITECTURE.md"))
    }
}
