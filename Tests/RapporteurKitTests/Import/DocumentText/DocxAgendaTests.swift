import Foundation
import Testing

@testable import RapporteurKit

/// A provisional agenda written in Word, as literal WordprocessingML: the items,
/// sub-items and parts numbered by Word's automatic numbering ("1.", "(a)", "(i)"), so
/// their numbers are in the numbering definitions and not in the text; and an excerpt
/// whose list Word starts at 4.
struct DocxAgendaTests {
    private typealias Word = HandWrittenDocx

    private static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="\(Word.namespace)"><w:abstractNum w:abstractNumId="0">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>\
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>\
        </w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>\
        </w:numbering>
        """

    private static func document(_ paragraphs: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(Word.namespace)"><w:body>\(paragraphs.joined())<w:sectPr/></w:body></w:document>
        """
    }

    private static func docx(_ paragraphs: [String]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appending(path: "agenda-\(UUID().uuidString).docx")
        try Word.zip([
            ("[Content_Types].xml", Word.contentTypes), ("word/document.xml", document(paragraphs)),
            ("word/numbering.xml", numbering),
        ]).write(to: file)
        return file
    }

    @Test func anAgendaNumberedByWordIsReadWithItsLabels() throws {
        let file = try Self.docx([
            Word.paragraph("The working group will be held on 3 and 4 March 2025 in Conference Room 7."),
            Word.paragraph("Provisional agenda"),
            Word.numbered("Opening of the meeting.", list: 1, level: 0),
            Word.numbered("Harbour guidelines under resolution 2/7:", list: 1, level: 0),
            Word.numbered("Regional consultations;", list: 1, level: 1),
            Word.numbered("Drafts:", list: 1, level: 1),
            Word.numbered("First draft;", list: 1, level: 2),
            Word.numbered("Second draft.", list: 1, level: 2),
            Word.numbered("Closure of the meeting.", list: 1, level: 0),
        ])
        defer { try? FileManager.default.removeItem(at: file) }
        let text = try TextFile.decoded(ofFile: file.path).text
        let read = ProvisionalAgendaReader.read(text)
        #expect(read.items.map(\.label) == ["1", "2", "2(a)", "2(b)", "2(b)(i)", "2(b)(ii)", "3"])
        #expect(
            read.items.map(\.title) == [
                "Opening of the meeting", "Harbour guidelines under resolution 2/7", "Regional consultations", "Drafts",
                "First draft", "Second draft", "Closure of the meeting",
            ])
        #expect(read.items[1].resolutions == ["2/7"])
        #expect(read.setting.venue == "Conference Room 7")
        #expect(read.setting.startDate == CalendarDate(year: 2025, month: 3, day: 3))
    }

    @Test func anExcerptWhoseListWordStartsAtFourKeepsFour() throws {
        let file = try Self.docx([
            Word.paragraph("Provisional agenda (continued)"),
            Word.numbered("Dates of the next meeting.", list: 2, level: 0),
            Word.numbered("Other matters.", list: 2, level: 0),
        ])
        defer { try? FileManager.default.removeItem(at: file) }
        let read = ProvisionalAgendaReader.read(try TextFile.decoded(ofFile: file.path).text)
        #expect(read.items.map(\.label) == ["4", "5"])
        #expect(read.items.map(\.title) == ["Dates of the next meeting", "Other matters"])
    }
}
