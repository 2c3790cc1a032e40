/// A numbered paragraph as collected from the lines, before it is interpreted.
struct SummaryRawParagraph {
    /// A run of text or one list entry inside the paragraph.
    struct Part {
        var text: String
        /// "a", "b", "1" for lettered or numbered entries; nil for running text and plain bullets.
        var marker: String?
        var isListEntry: Bool
        var line: Int
    }

    var number: Int
    var line: Int
    var parts: [Part]
    var item: String
    var resolutions: [String]
    var mode: SummaryMode

    /// Running text and list entries joined with single spaces; lettered entries keep
    /// their letter ("a. the progress …"), plain bullets lose the dash.
    var text: String {
        parts.map(Self.written).joined(separator: " ")
    }

    /// The paragraph as printed, for `PublishedParagraph.text`: running text and list
    /// entries one a line, each entry marked "- " and written as in `text`.
    var publishedText: String {
        parts.map { $0.isListEntry ? PublishedParagraph.entryMark + Self.written($0) : $0.text }
            .joined(separator: "\n")
    }

    /// The list entries alone, written as in `text`.
    var listText: String {
        listEntries.map(Self.written).joined(separator: " ")
    }

    static func written(_ part: Part) -> String {
        guard let marker = part.marker else { return part.text }
        return "\(marker). \(part.text)"
    }

    /// The paragraph's own sentences, without its list entries.
    var runningText: String {
        parts.filter { !$0.isListEntry }.map(\.text).joined(separator: " ")
    }

    var listEntries: [Part] { parts.filter(\.isListEntry) }
}

/// An "Agenda item N – Title" heading met in the body.
struct SummaryItemHeading {
    var label: String
    var title: String
    var line: Int
}
