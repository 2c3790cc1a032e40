import Foundation
import Testing

@testable import RapporteurKit

/// The binary must carry every file of Schema/ and Templates/, byte for byte.
@Suite struct EmbeddedResourcesTests {
    private func files(under folder: String, suffix: String) throws -> [String: String] {
        let root = packageRoot.appending(path: folder)
        var found: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true,
                url.lastPathComponent.hasSuffix(suffix), !url.lastPathComponent.hasPrefix(".")
            else { continue }
            let relative = String(url.path.dropFirst(root.path.count + 1))
            found[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return found
    }

    @Test func everyMigrationIsEmbedded() throws {
        let onDisk = try files(under: "Schema", suffix: "").filter { !$0.key.hasPrefix("reference/") }
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedResources.schema.map { ($0.name, $0.sql) })
        #expect(!onDisk.isEmpty)
        #expect(onDisk == embedded)
    }

    @Test func everyReferenceFileIsEmbedded() throws {
        let onDisk = try files(under: "Schema/reference", suffix: "")
        #expect(onDisk.count >= 5)
        #expect(onDisk == EmbeddedResources.reference)
    }

    @Test func everyTemplateIsEmbedded() throws {
        let onDisk = try files(under: "Templates", suffix: "")
        #expect(!onDisk.isEmpty)
        for (path, text) in onDisk {
            #expect(path.hasSuffix(".mustache"), "\(path): Templates/ holds only .mustache files")
            #expect(
                EmbeddedResources.templates[String(path.dropLast(".mustache".count))] == text, "\(path) is not embedded"
            )
        }
        #expect(onDisk.count == EmbeddedResources.templates.count)
    }
}
