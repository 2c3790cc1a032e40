/// A footnote a numbered paragraph calls, set at the foot of the page (a Word
/// footnote): its number, its call as the paragraph's text carries it ("¹"), and its text.
public struct PageFootnote: Sendable, Hashable {
    public var number: Int
    public var call: String
    public var text: String

    public init(number: Int, call: String, text: String) {
        self.number = number
        self.call = call
        self.text = text
    }
}
