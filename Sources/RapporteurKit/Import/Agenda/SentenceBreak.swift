/// Whether a text holds more than one sentence: a word, a full stop and a capitalised
/// word after it ("… at 10:05 EAT. The working group adopted …"). An agenda item's title
/// is one phrase; a numbered paragraph usually is not. Titles and honorifics ("Mr.",
/// "Dr.", "No.") and initials ("H.E.") end no sentence.
enum SentenceBreak {
    static func holdsTwo(_ text: String) -> Bool {
        pattern.allMatches(in: text).contains { match in
            !abbreviations.contains(match.group(1)?.lowercased() ?? "")
        }
    }

    private static let pattern = TextPattern(#"([A-Za-z0-9]{2,})[.!?]\s+[A-Z][a-z]"#)
    private static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "no", "nos", "st", "prof", "amb"]
}
