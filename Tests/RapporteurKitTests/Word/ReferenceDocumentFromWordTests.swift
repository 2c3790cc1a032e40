import Foundation
import Testing

@testable import RapporteurKit

/// What a reference document saved from Word by a secretariat holds that the writer must
/// not carry over as it is: headings numbered by Word, fonts embedded in the file, picture
/// bullets, and a tracked change of the page.
@Suite struct ReferenceDocumentFromWordTests {
    /// The built-in reference written out, its parts changed by `change`, read back.
    private func reference(_ change: (inout [String: String]) -> Void) throws -> ReferenceDocument {
        let folder = try WordFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var parts = try WordFixture.parts(try ReferenceDocument.builtIn.docx())
        change(&parts)
        let file = folder.appending(path: "house.docx")
        try WordFixture.package(parts).write(to: file)
        return try ReferenceDocument(contentsOf: file.path)
    }

    /// "I.\tIntroduction" carries its number: a heading style numbered by Word would print "I. I. Introduction".
    @Test func headingsNumberedByWordLoseTheirListNumbering() throws {
        let numbering = "<w:numPr>\n<w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>"
        let reference = try reference { parts in
            parts["word/styles.xml"] = parts["word/styles.xml"]?.replacingOccurrences(
                of: #"w:styleId="Heading1">"#, with: #"w:styleId="Heading1"><w:pPr>\#(numbering)</w:pPr>"#)
        }
        let heading = try #require(reference.stylesXML.range(of: #"w:styleId="Heading1""#))
        let end = try #require(
            reference.stylesXML.range(of: "</w:style>", range: heading.upperBound..<reference.stylesXML.endIndex))
        let style = reference.stylesXML[heading.upperBound..<end.lowerBound]
        #expect(!style.contains("w:numPr"), "\(style)")
        #expect(style.contains("<w:pPr></w:pPr>") || style.contains("<w:pPr>"))
    }

    @Test func embeddedFontsAndPictureBulletsAreLeftOut() throws {
        let reference = try reference { parts in
            parts["word/fontTable.xml"] =
                #"<?xml version="1.0"?><w:fonts xmlns:w="\#(WordXML.main)" xmlns:r="r"><w:font w:name="Arial">"#
                + #"<w:embedRegular r:id="rId1" w:fontKey="{0}"/><w:embedBold r:id="rId2"/></w:font></w:fonts>"#
            parts["word/numbering.xml"] =
                #"<?xml version="1.0"?><w:numbering xmlns:w="\#(WordXML.main)"><w:numPicBullet w:numPicBulletId="0">"#
                + "\n<w:pict><v:shape/></w:pict>\n</w:numPicBullet><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
                + #"<w:lvlPicBulletId w:val="0"/></w:lvl></w:abstractNum></w:numbering>"#
        }
        let written = try WordFixture.parts(try WordWriter.docx(WordFixture.page, reference: reference))
        let fonts = try #require(written["word/fontTable.xml"])
        #expect(fonts.contains(#"<w:font w:name="Arial">"#))
        #expect(!fonts.contains("embed"), "\(fonts)")
        let numbering = try #require(written["word/numbering.xml"])
        #expect(numbering.contains("w:abstractNum "))
        #expect(!numbering.contains("PicBullet"), "\(numbering)")
    }

    @Test func aTrackedChangeOfThePageIsNotTakenForThePage() throws {
        let reference = try reference { parts in
            parts["word/document.xml"] = parts["word/document.xml"]?.replacingOccurrences(
                of: "</w:sectPr>",
                with:
                    #"<w:sectPrChange w:id="1"><w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:sectPrChange></w:sectPr>"#
            )
        }
        #expect(reference.page.width == PageGeometry.a4.width && reference.page.height == PageGeometry.a4.height)
    }
}
