import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `summary --format akn` through the real binary, on the demo's meeting.
@Suite struct AkomaNtosoCommandTests {
    /// Whether `text` is well-formed XML, as Foundation's parser reads it.
    private func wellFormed(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        let errors = ParseErrors()
        parser.delegate = errors
        return parser.parse() && !errors.found
    }

    private final class ParseErrors: NSObject, XMLParserDelegate {
        var found = false
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { found = true }
    }

    @Test func theDemoSummaryIsWrittenAsWellFormedAkomaNtoso() throws {
        let cli = try ExampleDataTests.demo()
        let result = try cli.run("summary", "PBA-56", "--format", "akn")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(result.stdout.contains(#"<debateReport name="summary">"#))
        #expect(wellFormed(result.stdout))
        #expect(!wellFormed(result.stdout.replacingOccurrences(of: "</debateReport>", with: "")))
    }

    @Test(arguments: ["pba-56.xml", "pba-56.akn"])
    func anXMLFileNameChoosesAkomaNtoso(name: String) throws {
        let cli = try ExampleDataTests.demo()
        let file = cli.folder.appending(path: name)
        let result = try cli.run("summary", "PBA-56", "-o", file.path)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("<akomaNtoso "))
        #expect(wellFormed(text))
    }

    @Test func onlyTheSummaryIsWrittenAsAkomaNtoso() throws {
        let cli = try ExampleDataTests.demo()
        let result = try cli.run("agenda", "show", "PBA-56", "--format", "akn")
        #expect(result.status == 64)
        #expect(
            result.stderr.contains("--format akn: the formats are txt, md, html, json, docx and pdf"),
            "\(result.stderr)")
    }
}
