/// The size and margins of a page, in twentieths of a point (twips), as a Word section
/// gives them (`w:pgSz`, `w:pgMar`).
public struct PageGeometry: Sendable, Hashable {
    public var width: Int
    public var height: Int
    /// "landscape", or nil for portrait.
    public var orientation: String?
    public var top: Int
    public var right: Int
    public var bottom: Int
    public var left: Int
    public var header: Int
    public var footer: Int
    public var gutter: Int

    /// A4 with the margins of a UN document: 2.5 cm at the top, about 2 cm at the sides and
    /// 2.75 cm at the bottom, the header and footer 1.25 cm from the edge.
    public static let a4 = PageGeometry(
        width: 11906, height: 16838, orientation: nil, top: 1418, right: 1134, bottom: 1560, left: 1134,
        header: 709, footer: 709, gutter: 0)

    /// The width between the margins, for tables.
    var textWidth: Int { max(width - left - right - gutter, 1440) }

    /// `w:pgSz` and `w:pgMar`, in the order a section's properties take them.
    var xml: String {
        let orient = orientation.map { #" w:orient="\#(WordXML.escape($0))""# } ?? ""
        return #"<w:pgSz w:w="\#(width)" w:h="\#(height)"\#(orient)/>"#
            + #"<w:pgMar w:top="\#(top)" w:right="\#(right)" w:bottom="\#(bottom)" w:left="\#(left)" "#
            + #"w:header="\#(header)" w:footer="\#(footer)" w:gutter="\#(gutter)"/>"#
    }

    static let trackedSectionChange = TextPattern(#"<w:sectPrChange\b[\s\S]*?</w:sectPrChange>"#)

    /// The page of the last section of a document.xml, each value not given there taken
    /// from `fallback`; nil when the document has no section properties.
    static func lastSection(of documentXML: String, fallback: PageGeometry = .a4) -> PageGeometry? {
        // A tracked change holds the page as it was, in a section of its own.
        let documentXML = trackedSectionChange.replacing(in: documentXML, with: "")
        guard let start = documentXML.range(of: "<w:sectPr", options: .backwards) else { return nil }
        let section = documentXML[start.lowerBound...]
        let end = section.range(of: "</w:sectPr>").map { section[..<$0.upperBound] } ?? section
        var geometry = fallback
        if let size = element("w:pgSz", in: end) {
            geometry.width = size["w"] ?? fallback.width
            geometry.height = size["h"] ?? fallback.height
            geometry.orientation = attributeText("w:orient", in: end, element: "w:pgSz")
            if geometry.orientation == "portrait" { geometry.orientation = nil }
        }
        if let margins = element("w:pgMar", in: end) {
            geometry.top = margins["top"] ?? fallback.top
            geometry.right = margins["right"] ?? fallback.right
            geometry.bottom = margins["bottom"] ?? fallback.bottom
            geometry.left = margins["left"] ?? fallback.left
            geometry.header = margins["header"] ?? fallback.header
            geometry.footer = margins["footer"] ?? fallback.footer
            geometry.gutter = margins["gutter"] ?? fallback.gutter
        }
        return geometry
    }

    /// The whole-number attributes (`w:top="1418"` as "top": 1418) of the first `name` element in `xml`.
    private static func element(_ name: String, in xml: Substring) -> [String: Int]? {
        guard let tag = tagText(name, in: xml) else { return nil }
        var values: [String: Int] = [:]
        for match in tag.matches(of: /w:([A-Za-z]+)="(-?[0-9]+)"/) {
            values[String(match.1)] = Int(match.2)
        }
        return values
    }

    private static func attributeText(_ attribute: String, in xml: Substring, element name: String) -> String? {
        guard let tag = tagText(name, in: xml),
            let range = tag.range(of: "\(attribute)=\"")
        else { return nil }
        let rest = tag[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    private static func tagText(_ name: String, in xml: Substring) -> Substring? {
        var search = xml[...]
        while let open = search.range(of: "<\(name)") {
            let after = search[open.upperBound...]
            // "<w:pgSz" must not match "<w:pgSzX": the name ends at a space, "/" or ">".
            if let next = after.first, next == " " || next == "/" || next == ">" || next == "\n" || next == "\t" {
                guard let close = after.firstIndex(of: ">") else { return nil }
                return after[..<close]
            }
            search = after
        }
        return nil
    }
}
