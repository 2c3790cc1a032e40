extension ReferenceDocument {
    /// A user's styles.xml with each style the writer uses that it lacks added from the
    /// built-in set, so that a reference made in Word without "NumberedParagraph" still
    /// sets numbered paragraphs; nil when `styles` is not a Word styles part.
    static func completing(_ styles: String) -> String? {
        guard styles.contains("<w:styles"), let end = styles.range(of: "</w:styles>", options: .backwards) else {
            return nil
        }
        let hasDefaultParagraphStyle = styles.contains(
            /w:type="paragraph"[^>]*w:default="1"|w:default="1"[^>]*w:type="paragraph"/)
        var added = ""
        for (id, xml) in BuiltInStyles.styles where !styles.contains(#"w:styleId="\#(id)""#) {
            // A default style of the user's stays the default: an added one never claims it.
            let isParagraphDefault = id == "Normal"
            added +=
                isParagraphDefault && !hasDefaultParagraphStyle
                ? xml : xml.replacingOccurrences(of: #" w:default="1""#, with: "")
        }
        return added.isEmpty ? styles : styles[..<end.lowerBound] + added + styles[end.lowerBound...]
    }
}
