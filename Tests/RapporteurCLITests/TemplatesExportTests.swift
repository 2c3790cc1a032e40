import Foundation
import Testing

@Suite struct TemplatesExportTests {
    /// The export writes the built-in reference document beside the templates, says so,
    /// and the templates folder then gives Word documents their styles from it.
    @Test func theExportWritesTheReferenceDocumentBesideTheTemplates() throws {
        let cli = try CLI()
        let folder = cli.folder.appending(path: "mine")
        let output = try cli.run(arguments: ["templates", "export", folder.path], useDatabase: false)
        #expect(output.status == 0, "\(output.stderr)")
        let reference = folder.appending(path: "reference.docx")
        #expect(output.stdout.split(separator: "\n").last.map(String.init) == reference.path)
        let bytes = try Data(contentsOf: reference)
        // A zip package, as every .docx is: it opens with the local file header "PK\u{3}\u{4}".
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let help = try cli.run(arguments: ["templates", "export", "--help"], useDatabase: false)
        #expect(help.stdout.contains("reference.docx"))
    }
}
