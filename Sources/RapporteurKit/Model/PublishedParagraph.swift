/// A numbered paragraph of a meeting's published summary, as printed: its number, the
/// agenda item it falls under and its wording. The records drawn from it (those whose
/// `sourceParagraph` is its number) are the record's reading of it; until an officer
/// edits one of them, the paragraph is the better text of the two.
public struct PublishedParagraph: Sendable, Hashable, Codable {
    public var number: Int
    /// The agenda item's label ("2", "2(a)").
    public var item: String
    /// Running text and list entries one a line; a list entry starts "- " ("- a. the
    /// progress …", "- Any other business.").
    public var text: String
    /// An officer has edited a record drawn from the paragraph, so the record, not the
    /// published wording, says what the paragraph now says.
    public var edited: Bool
    /// The day of a session of several days it was printed for (a daily journal numbers
    /// each day's paragraphs from 1); nil in a meeting of one day.
    public var day: Int?

    public init(number: Int, item: String, text: String, edited: Bool = false, day: Int? = nil) {
        self.number = number
        self.item = item
        self.text = text
        self.edited = edited
        self.day = day
    }

    /// The running text, its lines joined with single spaces.
    public var runningText: String {
        lines.filter { !$0.hasPrefix(Self.entryMark) }.joined(separator: " ")
    }

    /// The list entries without their mark: "a. the progress …".
    public var listEntries: [String] {
        lines.filter { $0.hasPrefix(Self.entryMark) }.map { String($0.dropFirst(Self.entryMark.count)) }
    }

    private var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// What starts a list entry's line.
    public static let entryMark = "- "
}
