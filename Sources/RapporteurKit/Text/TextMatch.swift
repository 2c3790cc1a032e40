/// A match of a `TextPattern`, with its capture groups as strings (nil when a group
/// did not take part).
struct TextMatch {
    var range: Range<String.Index>
    var groups: [String?]
    var groupRanges: [Range<String.Index>?]

    var text: String { groups[0] ?? "" }

    func group(_ index: Int) -> String? {
        index < groups.count ? groups[index] : nil
    }
}
