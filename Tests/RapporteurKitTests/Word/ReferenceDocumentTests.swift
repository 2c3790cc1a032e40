import Foundation
import Testing

@testable import RapporteurKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reference documents: the built-in one, the secretariat's own read from a .docx (its
/// styles completed, its page taken), the order in which one is chosen, and the files
/// that are refused.
@Suite struct ReferenceDocumentTests {
    /// The styles every document written uses, by identifier.
    static let usedStyles = [
        "Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "NumberedParagraph", "ListItem",
        "TableText", "MastheadBody", "MastheadSymbol", "MastheadLine", "Header", "Footer", "FootnoteText",
        "FootnoteReference", "TableGrid",
    ]

    /// The built-in reference written out, with `change` applied to its styles.xml.
    static func reference(changingStyles change: (String) -> String = { $0 }, in folder: URL) throws -> URL {
        var parts = try WordFixture.parts(try ReferenceDocument.builtIn.docx())
        parts["word/styles.xml"] = change(parts["word/styles.xml"] ?? "")
        let file = folder.appending(path: "reference.docx")
        try WordFixture.package(parts).write(to: file)
        return file
    }

    @Test func theBuiltInStylesHoldEveryStyleTheWriterUsesInTimesNewRomanTenPoint() throws {
        let styles = ReferenceDocument.builtIn.stylesXML
        for id in Self.usedStyles {
            #expect(styles.contains(#"w:styleId="\#(id)""#), "\(id)")
        }
        #expect(BuiltInStyles.styles.count == Set(BuiltInStyles.styles.map(\.id)).count)
        let document = try WordFixture.xml(styles)
        let normal = #"//*[local-name()='style'][@*[local-name()='styleId']='Normal']/*[local-name()='rPr']"#
        let font = try WordFixture.nodes(document, normal + "/*[local-name()='rFonts']/@*[local-name()='ascii']")
        #expect(font.first?.stringValue == "Times New Roman")
        let size = try WordFixture.nodes(document, normal + "/*[local-name()='sz']/@*[local-name()='val']")
        #expect(size.first?.stringValue == "20")
        #expect(ReferenceDocument.builtIn.page == .a4 && ReferenceDocument.builtIn.source == nil)
    }

    @Test func aStylesPartMadeInWordGainsTheStylesItLacksAndKeepsItsOwn() throws {
        let mine = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="\(WordXML.main)"><w:style w:type="paragraph" w:default="1" w:styleId="Normal">\
            <w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="Plain"><w:name w:val="Plain"/></w:style></w:styles>
            """
        let completed = try #require(ReferenceDocument.completing(mine))
        for id in Self.usedStyles {
            #expect(completed.contains(#"w:styleId="\#(id)""#), "\(id)")
        }
        let document = try WordFixture.xml(completed)
        let normal = try WordFixture.nodes(document, "//*[local-name()='style'][@*[local-name()='styleId']='Normal']")
        #expect(normal.count == 1)
        #expect(normal.first.map { ($0 as? XMLElement)?.xmlString.contains("Arial") } == true)
        // The user's default table style stays the only default table style.
        let defaults = try WordFixture.nodes(
            document,
            "//*[local-name()='style'][@*[local-name()='type']='table'][@*[local-name()='default']='1']/@*[local-name()='styleId']"
        )
        #expect(defaults.compactMap(\.stringValue) == ["Plain"])
        #expect(ReferenceDocument.completing("<html></html>") == nil)
    }

    @Test func theStylesFontsAndPageOfAReferenceDocumentAreTaken() throws {
        let folder = try WordFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var parts = try WordFixture.parts(try ReferenceDocument.builtIn.docx())
        parts["word/styles.xml"] = parts["word/styles.xml"]?.replacingOccurrences(of: "Times New Roman", with: "Arial")
        parts["word/document.xml"] = parts["word/document.xml"]?
            .replacingOccurrences(of: #"w:w="11906" w:h="16838""#, with: #"w:w="12240" w:h="15840""#)
            .replacingOccurrences(of: #"w:left="1134""#, with: #"w:left="2000""#)
        parts["word/fontTable.xml"] =
            #"<?xml version="1.0"?><w:fonts xmlns:w="\#(WordXML.main)"><w:font w:name="Arial"/></w:fonts>"#
        let file = folder.appending(path: "letter.docx")
        try WordFixture.package(parts).write(to: file)

        let reference = try ReferenceDocument(contentsOf: file.path)
        #expect(reference.source == file.path)
        #expect(reference.page.width == 12240 && reference.page.height == 15840 && reference.page.left == 2000)
        #expect(reference.page.right == PageGeometry.a4.right)
        let written = try WordFixture.parts(try WordWriter.docx(WordFixture.page, reference: reference))
        #expect(written["word/styles.xml"]?.contains("Arial") == true)
        #expect(written["word/styles.xml"]?.contains("Times New Roman") == false)
        #expect(written["word/fontTable.xml"] == parts["word/fontTable.xml"])
        #expect(written["[Content_Types].xml"]?.contains("/word/fontTable.xml") == true)
        #expect(written["word/_rels/document.xml.rels"]?.contains(#"Target="fontTable.xml""#) == true)
        #expect(written["word/document.xml"]?.contains(#"<w:pgSz w:w="12240" w:h="15840"/>"#) == true)
        #expect(written["word/document.xml"]?.contains(#"w:left="2000""#) == true)
    }

    @Test func aFileThatIsNotAWordDocumentIsRefusedNamingIt() throws {
        let folder = try WordFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appending(path: "notes.docx")
        try "not a zip at all".write(to: text, atomically: true, encoding: .utf8)
        let stylesless = folder.appending(path: "empty.docx")
        try WordFixture.package(["word/document.xml": "<w:document/>"]).write(to: stylesless)
        let cases = [
            (text.path, "is not a Word document (.docx)"), (stylesless.path, "has no styles (word/styles.xml)"),
            (folder.appending(path: "missing.docx").path, "does not exist"), (folder.path, "is not a readable file"),
        ]
        for (path, problem) in cases {
            do {
                _ = try ReferenceDocument(contentsOf: path)
                Issue.record("\(path) was accepted")
            } catch let error as RapporteurError {
                #expect(error.kind == .invalidInput)
                #expect(error.message.contains("the reference document \(path) \(problem)"), "\(error.message)")
                #expect(error.suggestion == .startFromBuiltInReferenceDocument)
            }
        }
    }

    @Test func theFlagComesFirstThenTheEnvironmentThenTheTemplatesFolderThenTheBuiltIn() throws {
        let folder = try WordFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inTemplates = try Self.reference(in: folder)
        let other = folder.appending(path: "other.docx")
        try FileManager.default.copyItem(at: inTemplates, to: other)
        let environment = ["RAPPORTEUR_REFERENCE_DOCX": other.path]

        let flagged = try ReferenceDocument.chosen(flag: other.path, templatesFolder: folder.path, environment: [:])
        #expect(flagged.source == other.path)
        // The flag over the environment: the environment names the one in the templates folder.
        let overEnvironment = try ReferenceDocument.chosen(
            flag: other.path, templatesFolder: nil, environment: ["RAPPORTEUR_REFERENCE_DOCX": inTemplates.path])
        #expect(overEnvironment.source == other.path)
        let fromEnvironment = try ReferenceDocument.chosen(
            flag: nil, templatesFolder: folder.path, environment: environment)
        #expect(fromEnvironment.source == other.path)
        let beside = try ReferenceDocument.chosen(flag: nil, templatesFolder: folder.path, environment: [:])
        #expect(beside.source == inTemplates.path)
        let builtIn = try ReferenceDocument.chosen(
            flag: nil, templatesFolder: folder.appending(path: "none").path, environment: [:])
        #expect(builtIn.source == nil)
        #expect(try ReferenceDocument.chosen(flag: nil, templatesFolder: nil, environment: [:]).source == nil)
        #expect(throws: RapporteurError.self) {
            try ReferenceDocument.chosen(
                flag: folder.appending(path: "gone.docx").path, templatesFolder: nil, environment: [:])
        }
    }

    @Test func theBuiltInReferenceWrittenOutReadsBackAsItWas() throws {
        let folder = try WordFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ReferenceDocument.builtIn.export(to: folder.path)
        #expect(written == folder.appending(path: "reference.docx").path)
        let read = try ReferenceDocument(contentsOf: written)
        #expect(read.stylesXML == ReferenceDocument.builtIn.stylesXML)
        #expect(read.page == .a4)
    }
}
