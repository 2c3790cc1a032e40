import Foundation
import RapporteurKit
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A page document built by hand with every kind of block, the masthead of a report
/// issued under an agenda item, and the parts of the .docx written from it.
enum WordFixture {
    static let masthead = Masthead(
        bodyName: "Executive Board of the United Nations Human Settlements Programme",
        symbol: "HSP/EB.2025/14", issued: CalendarDate(year: 2025, month: 2, day: 10),
        session: "First session of 2025", placeAndDates: "Nairobi, 25–27 March 2025",
        agendaItem: MastheadItem(
            label: "9", title: "Progress in carrying out the strategic plan",
            provisionalAgendaSymbol: "HSP/EB.2025/1"),
        title: "Progress report on the strategic plan", subtitle: "Report of the Executive Director")

    static let budget = PageTable(
        header: ["Line of the budget", "Approved", "Spent"],
        rows: [
            ["Staff & consultants", "1,200", "900"], ["Travel <field>", "300", "120"], ["Total", "1,500", "1,020"],
        ],
        figureColumns: [1, 2], lastRowIsTotal: true)

    static let page = PageDocument(
        masthead: masthead, runningHeader: "HSP/EB.2025/14",
        blocks: [
            .heading(level: 1, text: "I.\tIntroduction"),
            .numbered(number: "1.", text: "The Board asked for a report on the plan at this session."),
            .heading(level: 2, text: "A.\tWhat was done"),
            .numbered(number: "12.", text: "Three offices opened in the year:"),
            .listItem(marker: "(a)", text: "one in the east;", depth: 0),
            .listItem(marker: "(i)", text: "with two staff;", depth: 1),
            .heading(level: 3, text: "Figures"),
            .paragraph("The figures are in thousands of United States dollars.", emphasis: .italic),
            .table(budget),
            .paragraph("Closing note & thanks.", emphasis: .bold),
        ])

    /// The text parts of a .docx, by path inside the package.
    static func parts(_ docx: Data) throws -> [String: String] {
        let archive = try Archive(data: docx, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    /// A .docx holding `parts` (the reference documents a user would bring).
    static func package(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count)) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// The part parsed by Foundation's XML parser, an independent one.
    static func xml(_ text: String?) throws -> XMLDocument {
        try XMLDocument(xmlString: text ?? "", options: [])
    }

    /// The nodes an XPath finds, with elements named by local name (`//*[local-name()='p']`).
    static func nodes(_ document: XMLDocument, _ path: String) throws -> [XMLNode] {
        try document.nodes(forXPath: path)
    }

    /// A temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "word-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
