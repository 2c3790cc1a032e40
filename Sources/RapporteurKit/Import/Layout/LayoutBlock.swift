/// One block of a document's layout, as read before any house style interprets it: a
/// heading, a paragraph (numbered or not) or a list entry, with the line it starts on.
public struct LayoutBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A title, a banner, a date line, an agenda item's heading or a sub-heading.
        case heading
        /// Running text; the number it is printed with, if any ("12.").
        case paragraph(number: Int?)
        /// A bulleted, lettered or numbered entry inside a paragraph; its letter or number.
        case listEntry(marker: String?)
    }

    public var kind: Kind
    /// Cleaned, whitespace as single spaces, without the paragraph's number or the entry's mark.
    public var text: String
    /// The 1-based line of the source where the block starts.
    public var line: Int

    public init(kind: Kind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }

    public var isHeading: Bool { kind == .heading }

    /// "heading", "paragraph 3", "paragraph", "list entry (a)": what a user is shown of
    /// the block's kind.
    public var kindName: String {
        switch kind {
        case .heading: "heading"
        case .paragraph(let number?): "paragraph \(number)"
        case .paragraph(nil): "paragraph"
        case .listEntry(let marker?): "list entry (\(marker))"
        case .listEntry(nil): "list entry"
        }
    }

    /// The block's first `count` words, with "…" when there are more.
    public func firstWords(_ count: Int = 8) -> String {
        let words = text.split(separator: " ")
        return words.prefix(count).joined(separator: " ") + (words.count > count ? " …" : "")
    }
}
