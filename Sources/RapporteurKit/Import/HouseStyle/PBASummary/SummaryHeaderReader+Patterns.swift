/// The patterns the heading material is read with, each compiled once.
extension SummaryHeaderReader {
    /// "Summary of the fifty-sixth meeting of the …": the ordinal, then the body.
    static let meetingTitle = TextPattern(
        #"\bsummary\s+of\s+the\s+(?:(.*?)\s+)?(?:meeting|session)\s+of\s+(?:the\s+)?(.+)$"#, anyCase: true)
    /// The start of a title wrapped before "meeting of".
    static let titleStart = TextPattern(#"\bsummary\s+of\s+the\b"#, anyCase: true)
    static let venueLabel = TextPattern(#"^venue\s*:"#, anyCase: true)
    static let venueLabelWithSpace = TextPattern(#"^venue\s*:\s*"#, anyCase: true)
    static let venueWords = TextPattern(#"\b(?:room|conference|unon|gigiri|virtual|hybrid|online)\b"#, anyCase: true)
    /// "Wednesday, 16 October 2024" and "Wednesday, October 16, 2024", the weekday optional.
    static let dates = [
        TextPattern(weekday + #"[0-9]{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+[0-9]{4}"#, anyCase: true),
        TextPattern(weekday + #"[a-z]{3,9}\.?\s+[0-9]{1,2},\s+[0-9]{4}"#, anyCase: true),
    ]
    private static let weekday = #"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"#
    /// A date without the weekday in front of it.
    static let bareDate = TextPattern(#"[0-9].*$|[a-z]{3,9}\.?\s+[0-9].*$"#, anyCase: true)
    /// ", 10:00 – 13:00 East Africa Time" after the date: start, end, and the time zone.
    static let timeRange = TextPattern(
        #"^[\s,]*(?:from\s+)?"# + SummaryClockReader.timePattern + #"\s*(?:hrs\.?|h)?\s*(?:[–—-]|to)\s*"#
            + SummaryClockReader.timePattern + #"\s*(?:hrs\.?|h\b)?(.*)$"#, anyCase: true)
    static let chairLabel = TextPattern(
        #"^(?:chair(?:person|man|woman)?|co-chairs?|presiding)\s*[:–—-]\s*(.+)$"#, anyCase: true)
    static let chairedBy = TextPattern(#"^chaired\s+by\s*:?\s*(.+)$"#, anyCase: true)
    /// ", Permanent Representative of …" after the Chair's name.
    static let chairFunction = TextPattern(
        #",\s*((?:Permanent|Deputy|Alternate|Ambassador|Minister|Vice|Representative|Head|Chief|Director)\b.*)$"#)
}
