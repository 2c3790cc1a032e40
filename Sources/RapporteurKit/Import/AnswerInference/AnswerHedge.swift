/// What in a response leaves its ask answered only in part: a promise to come back to
/// it ("would revert", "would follow up", "a draft would be shared"), or an admission
/// that something is not there yet ("was not yet available", "had not been established
/// yet", "is yet to be decided"). A promise to share is the whole answer to a request
/// that something be shared or sent, and no hedge on it.
enum AnswerHedge {
    static let deferral = TextPattern(
        #"\b(?:would|will)\s+(?:revert|follow\s+up|get\s+back|come\s+back|be\s+shared|share|be\s+(?:provided|communicated|circulated)\s+(?:later|subsequently|in\s+due\s+course|at\s+a\s+later))\b|\bin\s+due\s+course\b|\bat\s+a\s+later\s+(?:stage|date|time)\b"#,
        anyCase: true)
    static let notYet = TextPattern(
        #"\bnot\s+yet\b|\bnot\b[^.;,]{0,40}?\byet\b|\byet\s+to\s+be\b"#, anyCase: true)
    /// An ask that itself asks for something to be shared or sent.
    static let asksToShare = TextPattern(
        #"\b(?:share|shared|sharing|send|sent|resend|circulate|circulated|transmit|make\s+available|made\s+available)\b"#,
        anyCase: true)

    /// Whether the response answers this ask only in part by its own words.
    static func hedges(_ response: String, on ask: String) -> Bool {
        if notYet.matches(response) { return true }
        return deferral.matches(response) && !asksToShare.matches(ask)
    }
}
