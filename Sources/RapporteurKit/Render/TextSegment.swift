import Mustache

/// A piece of a paragraph's text up to a footnote's call, with the number of the
/// footnote called there (nil for the piece after the last call): how a format that
/// writes calls its own way (Markdown's [^1], an HTML link) sets the paragraph.
public struct TextSegment: Sendable, Hashable {
    public let text: String
    public let call: Int?

    /// `text` cut at each footnote's call, in order; a call the text does not carry
    /// comes at its end.
    static func segments(of text: String, calls footnotes: [ReportFootnote]) -> [TextSegment] {
        var segments: [TextSegment] = []
        var rest = Substring(text)
        for footnote in footnotes {
            if let range = FootnoteMarker.firstCall(footnote.call, in: rest) {
                segments.append(TextSegment(text: String(rest[..<range.lowerBound]), call: footnote.number))
                rest = rest[range.upperBound...]
            } else {
                segments.append(TextSegment(text: String(rest), call: footnote.number))
                rest = ""
            }
        }
        segments.append(TextSegment(text: String(rest), call: nil))
        return segments
    }
}

extension TextSegment: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "call": call
        default: nil
        }
    }
}
