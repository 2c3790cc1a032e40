import Foundation
import ZIPFoundation

/// Makes a Word document (.docx) in memory of a text, as the `docx` reader's cases
/// start: a paragraph for each line, and a line that starts "2." or "(a)" or "(ii)"
/// numbered by Word (automatic numbering, the marker taken out of the text), so that
/// the numbering definitions are read. Then, one case in three, the zip itself is
/// spoiled (bits flipped, cut short, a range deleted or repeated), as a broken transfer
/// would.
enum FuzzDocx {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func package(_ text: [UInt8], random: inout FuzzRandom) -> [UInt8] {
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.prefix(2_000).map { paragraph(String($0)) }.joined()
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(namespace)"><w:body>\(body)<w:sectPr/></w:body></w:document>
            """
        var parts = [("[Content_Types].xml", contentTypes), ("word/document.xml", document)]
        if !random.oneIn(6) { parts.append(("word/numbering.xml", numbering)) }
        guard var bytes = try? zip(parts, compressed: random.oneIn(2)) else { return text }
        if random.oneIn(3) {
            for _ in 0..<random.int(1...3) {
                let mutation = random.pick([FuzzMutation.flipBits, .setByte, .truncate, .deleteRange, .duplicateRange])
                mutation.apply(to: &bytes, random: &random, lines: [], words: [])
            }
        }
        return bytes
    }

    /// A paragraph of the line, numbered by Word when it starts with a list marker.
    private static func paragraph(_ line: String) -> String {
        for (level, pattern) in markers.enumerated() {
            if let range = line.range(of: pattern, options: .regularExpression) {
                return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                    + run(String(line[range.upperBound...])) + "</w:p>"
            }
        }
        return "<w:p>\(run(line))</w:p>"
    }

    private static let markers = [#"^\d{1,2}\.\s+"#, #"^\([a-h]\)\s+"#, #"^\((?:i|ii|iii|iv|v)\)\s+"#]

    private static func run(_ text: String) -> String {
        "<w:r><w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r>"
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            // XML 1.0 allows no control character but tab, newline and return.
            case _ where scalar.value < 0x20 && scalar != "\t": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """

    private static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="\(namespace)"><w:abstractNum w:abstractNumId="0">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>\
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>\
        </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
        """

    /// A fixed date in the zip's entries, so that a seed makes the same bytes on every run.
    private static let madeOn = Date(timeIntervalSince1970: 1_733_300_000)

    private static func zip(_ parts: [(String, String)], compressed: Bool) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: madeOn,
                compressionMethod: compressed ? .deflate : .none
            ) { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) }
        }
        return Array(archive.data ?? Data())
    }
}
