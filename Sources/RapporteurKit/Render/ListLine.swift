import Mustache

/// One line of a numbered list in a document: an agenda item with its UN list
/// marker ("1.", "(a)", "(i)") and closing punctuation.
public struct ListLine: Sendable, Hashable {
    public let depth: Int
    /// Four spaces a level, for plain-text and Markdown layouts.
    public let indent: String
    public let marker: String
    public let text: String
    /// "Resolution 2/7 (HSP/HA.2/RES.7); decision 2024/3" as the one element, or none:
    /// a list, so that a template's section shows the line only when there is one.
    public let links: [String]
    /// The paragraphs of an agenda item's annotation, laid out under it in an annotated
    /// agenda; none elsewhere.
    public var paragraphs: [String] = []
    /// True when the line before ends with an annotation, so that a blank line sets
    /// this one apart from it.
    public var followsAnnotation = false
}

extension ListLine {
    /// The line with its words typeset; the marker and indent as they are.
    public func typeset(_ typesetting: Typesetting) -> ListLine {
        guard typesetting == .typeset else { return self }
        return ListLine(
            depth: depth, indent: indent, marker: marker, text: typesetting.apply(text),
            links: typesetting.apply(links), paragraphs: typesetting.apply(paragraphs),
            followsAnnotation: followsAnnotation)
    }
}

// Templates look values up by name; swift-mustache finds them through Mirror unless
// the value answers for itself, and Mirror made up a fifth of rendering a summary.
// Every stored property answers, under its own name, as Mirror would.
extension ListLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "depth": depth
        case "indent": indent
        case "marker": marker
        case "text": text
        case "links": links
        case "paragraphs": paragraphs
        case "followsAnnotation": followsAnnotation
        default: nil
        }
    }
}
