/// An answer link as `link list` and `link review` print it: a line that says what the
/// link claims and where it stands, then the ask and the response, each with its
/// paragraph of the published summary, so an officer can check both against it.
///
///     R9 answers Q5 in part (proposed, confidence 86 %)
///         Q5, paragraph 12, item 2(a), a Member State: asked when the guidelines …
///         R9, paragraph 20, item 2(a), Secretariat: explained that the draft …
public enum AnswerLinkText {
    public static func lines(_ link: AnswerLinkDetail) -> String {
        [headline(link), "    " + end(link.ask), "    " + end(link.response)].joined(separator: "\n")
    }

    /// "R9 answers Q5 in part (proposed, confidence 86 %)".
    public static func headline(_ link: AnswerLinkDetail) -> String {
        var line = "\(link.response.id) answers \(link.ask.id)"
        if link.extent == .partial { line += " in part" }
        var marks: [String] = []
        if link.state == .proposed {
            marks.append("proposed")
        } else if link.inferred {
            marks.append("inferred, confirmed")
        }
        if link.inferred, let confidence = link.confidence { marks.append("confidence \(percent(confidence))") }
        return marks.isEmpty ? line : line + " (" + marks.joined(separator: ", ") + ")"
    }

    /// "Q5, paragraph 12, item 2(a), a Member State: asked …".
    public static func end(_ end: AnswerLinkDetail.End) -> String {
        var parts = [end.id]
        if let paragraph = end.paragraph { parts.append("paragraph \(paragraph)") }
        parts.append("item \(end.item)")
        if !end.speakers.isEmpty { parts.append(StateNaming.list(end.speakers)) }
        return parts.joined(separator: ", ") + ": " + end.text
    }

    /// "86 %", with the space the UN's English style sets before the sign.
    public static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded())) %" }
}
