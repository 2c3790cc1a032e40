/// The paragraph styles of a .docx (word/styles.xml) as far as its text needs them: the
/// numbering a style gives its paragraphs ("List Number", or a heading style numbered
/// "1.", "1.1"), inherited through "w:basedOn".
struct DocxStyles {
    private struct Style {
        var basedOn: String?
        var numberingID: String?
        var level: Int?
    }

    private var styles: [String: Style] = [:]
    /// The style a paragraph without "w:pStyle" has.
    private var defaultStyle: String?

    init(_ root: DocxElement?) {
        guard let root else { return }
        for style in root.children("style") where style.attribute("type") == "paragraph" {
            guard let id = style.attribute("styleId") else { continue }
            let numbering = style.descendant("pPr", "numPr")
            styles[id] = Style(
                basedOn: style.child("basedOn")?.attribute("val"),
                numberingID: numbering?.child("numId")?.attribute("val"),
                level: numbering?.child("ilvl")?.attribute("val").flatMap { Int($0) })
            if style.attribute("default") == "1" || style.attribute("default") == "true" { defaultStyle = id }
        }
    }

    /// The numbering (numId, and the level when the style names one) that `styleID`, or
    /// the default style when nil, gives its paragraphs; the nearest style up the
    /// "basedOn" chain that names a numbering wins.
    func numbering(ofStyle styleID: String?) -> (numberingID: String, level: Int?)? {
        var id = styleID ?? defaultStyle
        var seen: Set<String> = []
        while let current = id, !seen.contains(current), let style = styles[current] {
            seen.insert(current)
            if let numberingID = style.numberingID { return (numberingID, style.level) }
            id = style.basedOn
        }
        return nil
    }
}
