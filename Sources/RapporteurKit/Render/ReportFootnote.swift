import Mustache

/// A footnote of a drafted report, numbered straight through the document: its call
/// as the paragraph's text prints it ("¹"), and its text.
public struct ReportFootnote: Sendable, Hashable {
    public let number: Int
    /// The number in superscript digits, as reports print a footnote's call.
    public var call: String { FootnoteMarker.superscript(number) }
    public let text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

}

extension ReportFootnote: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "call": call
        case "text": text
        default: nil
        }
    }
}
