/// A run of a search hit's snippet: matched words are `marked`, so that each output
/// (terminal, HTML, JSON) marks them its own way and escapes the rest.
public struct SearchSnippetPart: Sendable, Equatable {
    public var text: String
    public var marked: Bool

    public init(_ text: String, marked: Bool) {
        self.text = text
        self.marked = marked
    }
}
