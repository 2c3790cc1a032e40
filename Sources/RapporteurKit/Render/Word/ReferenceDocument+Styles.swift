extension ReferenceDocument {
    /// A user's styles.xml with each style the writer uses that it lacks added from the
    /// built-in set, so that a reference made in Word without "NumberedParagraph" still
    /// sets numbered paragraphs; nil when `styles` is not a Word styles part.
    static func completing(_ styles: String) -> String? {
        guard styles.contains("<w:styles"), let end = styles.range(of: "</w:styles>", options: .backwards) else {
            return nil
        }
        let hasDefaultParagraphStyle = defaultParagraphStyle.matches(styles)
        let styles = withoutListNumbering(styles)
        var added = ""
        for (id, xml) in BuiltInStyles.styles where !styles.contains(#"w:styleId="\#(id)""#) {
            // A default style of the user's stays the default: an added one never claims it.
            let isParagraphDefault = id == "Normal"
            added +=
                isParagraphDefault && !hasDefaultParagraphStyle
                ? xml : xml.replacingOccurrences(of: #" w:default="1""#, with: "")
        }
        guard !added.isEmpty, let end = styles.range(of: "</w:styles>", options: .backwards) else { return styles }
        return styles[..<end.lowerBound] + added + styles[end.lowerBound...]
    }

    static let defaultParagraphStyle = TextPattern(
        #"w:type="paragraph"[^>]*w:default="1"|w:default="1"[^>]*w:type="paragraph""#)

    /// A style's list numbering (`w:numPr`): "I." before a heading in a UN template.
    static let listNumbering = TextPattern(#"<w:numPr>[\s\S]*?</w:numPr>|<w:numPr/>"#)

    /// The user's styles without list numbering in the styles the writer sets: their
    /// numbers are in the text ("I.\tIntroduction", "12.\tThe Board …"), which Word's own
    /// numbering would number again ("I. I. Introduction").
    static func withoutListNumbering(_ styles: String) -> String {
        var styles = styles
        for (id, _) in BuiltInStyles.styles {
            guard let start = styles.range(of: #"w:styleId="\#(id)""#),
                let end = styles.range(of: "</w:style>", range: start.upperBound..<styles.endIndex)
            else { continue }
            let style = String(styles[start.upperBound..<end.lowerBound])
            styles.replaceSubrange(
                start.upperBound..<end.lowerBound, with: listNumbering.replacing(in: style, with: ""))
        }
        return styles
    }

    /// Elements of a copied part that point at parts of the reference document the
    /// writer does not copy (fonts embedded in the file, picture bullets), which Word
    /// would report as unreadable content.
    static let dependentElements = TextPattern(
        #"<w:embed(Regular|Bold|Italic|BoldItalic)\b[^>]*/>|<w:numPicBullet\b[\s\S]*?</w:numPicBullet>|<w:lvlPicBulletId\b[^>]*/>"#
    )

    /// `part` without what points at the reference's other parts.
    static func standingAlone(_ part: String) -> String {
        dependentElements.replacing(in: part, with: "")
    }
}
