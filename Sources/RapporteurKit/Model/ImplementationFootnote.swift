/// A footnote of an implementation update's paragraph, as its document prints it at the
/// foot of the page: the mark that calls it in the update's text ("¹") and its text
/// ("Available at <https://…>.").
public struct ImplementationFootnote: Codable, Hashable, Sendable {
    public var mark: String
    public var text: String

    public init(mark: String, text: String) {
        self.mark = mark
        self.text = text
    }
}
