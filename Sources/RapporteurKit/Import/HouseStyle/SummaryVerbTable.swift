/// The verbs summaries report speech with, and the kind of intervention each one makes.
enum SummaryVerbTable {
    /// "expressed (its) gratitude", "expressed appreciation": thanks, not a comment.
    static let thanks = TextPattern(
        #"^(?:its |their |deep |sincere |great |warm )*(?:gratitude|appreciation|thanks)\b"#, anyCase: true)
    static let question: Set<String> = ["inquired", "enquired", "asked", "wondered", "queried", "questioned"]
    static let request: Set<String> = ["requested", "sought"]
    static let appreciation: Set<String> = [
        "commended", "welcomed", "appreciated", "thanked", "congratulated", "applauded", "lauded", "praised",
    ]
    static let announcement: Set<String> = ["informed", "announced"]
    static let comment: Set<String> = [
        "highlighted", "emphasized", "emphasised", "underlined", "noted", "encouraged", "stressed", "referred",
        "reassured", "underscored", "recalled", "reiterated", "supported", "suggested", "proposed", "recommended",
        "recommend", "urged", "pointed", "observed", "cautioned", "stated", "said", "indicated", "mentioned", "raised",
        "shared", "expressed", "called", "acknowledged", "affirmed", "reaffirmed", "agreed", "believed", "considered",
        "warned", "objected", "opposed", "invited", "drew", "added", "explained", "clarified", "confirmed",
        "updated", "assured", "committed", "responded", "replied", "provided", "presented", "introduced", "briefed",
        "reported", "described", "outlined", "elaborated", "offered", "pledged", "made", "gave", "took", "spoke",
        "remarked", "requested", "inquired", "questioned", "sought", "asked", "wondered", "enquired", "queried",
        "announced", "commended", "welcomed", "appreciated", "thanked", "congratulated", "applauded", "praised",
        "lauded", "insisted", "maintained", "argued", "regretted", "recognized", "recognised", "endorsed",
    ]
    /// Present-tense forms some documents use ("BRAZIL welcomes …").
    static let presentTense: Set<String> = [
        "notes", "welcomes", "requests", "asks", "inquires", "stresses", "highlights", "emphasizes", "commends",
        "thanks", "recalls", "informs", "announces", "says", "states", "suggests", "proposes", "underlines",
        "recommends", "encourages", "expresses", "reiterates", "supports", "calls", "appreciates",
    ]
    /// Words that may stand between a subject and its verb.
    static let adverbs: Set<String> = [
        "also", "further", "then", "again", "strongly", "warmly", "subsequently", "additionally", "furthermore",
        "moreover", "however", "once", "therefore", "similarly", "likewise", "finally", "equally", "both",
    ]
    static let auxiliaries: Set<String> = [
        "was", "were", "had", "has", "have", "would", "will", "could", "is", "are", "can", "did",
    ]

    /// True for a verb a speaker is reported with ("inquired", "welcomes", "recommend").
    static func isSpeechVerb(_ word: String) -> Bool {
        let lower = word.lowercased()
        return comment.contains(lower) || presentTense.contains(lower) || question.contains(lower)
            || request.contains(lower) || appreciation.contains(lower) || announcement.contains(lower)
    }

    /// True for a word that can start a predicate after a sentence's subject.
    static func isVerbLike(_ word: String) -> Bool {
        guard word.first?.isLowercase == true else { return false }
        return isSpeechVerb(word) || auxiliaries.contains(word) || (word.hasSuffix("ed") && word.count > 3)
    }

    /// The kind a main verb gives an intervention that asks nothing and pledges nothing;
    /// `rest` is the text after the verb ("gratitude to the Secretariat …").
    static func kind(ofMainVerb verb: String, rest: String) -> String? {
        let lower = verb.lowercased()
        if lower == "expressed" || lower == "expresses" {
            let thanks = Self.thanks.matches(rest)
            return thanks ? "appreciation" : "comment"
        }
        if appreciation.contains(lower) || ["welcomes", "commends", "thanks", "appreciates"].contains(lower) {
            return "appreciation"
        }
        if announcement.contains(lower) || ["informs", "announces"].contains(lower) { return "announcement" }
        if comment.contains(lower) || presentTense.contains(lower) { return "comment" }
        return nil
    }

    /// The kind a main verb gives an intervention that asks and pledges nothing, with the
    /// note explaining it; a verb the table does not hold reads as a comment, with a
    /// warning for the paragraph.
    static func reading(ofMainVerb verb: String, rest: String, paragraph: Int, line: Int)
        -> (kind: String, note: String, warning: SummaryDiagnostic?)
    {
        if let kind = kind(ofMainVerb: verb, rest: rest) { return (kind, "verb '\(verb)' → \(kind)", nil) }
        return (
            "comment", "verb '\(verb)' not in the verb table → comment",
            SummaryDiagnostic(
                line: line, severity: .warning,
                message: "paragraph \(paragraph): verb '\(verb)' not recognised; read as a comment")
        )
    }
}
