/// Splits the honorifics off the front of a person's name as the secretariat writes
/// it in a heading: "H.E. Dr. Pedro Leon Cortes Ruiz" is "H.E. Dr." and
/// "Pedro Leon Cortes Ruiz".
public enum Honorific {
    /// Honorifics in use at UN meetings, compared without case and full stops.
    static let known: Set<String> = [
        "he", "hon", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "amb", "ambassador",
        "sir", "dame", "rev", "excellency", "his", "her",
    ]

    public static func split(_ fullName: String) -> (honorific: String?, name: String) {
        let words = fullName.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var count = 0
        while count < words.count - 1 {
            let bare = words[count].lowercased().filter { $0 != "." }
            guard known.contains(bare) else { break }
            count += 1
        }
        let honorific = count == 0 ? nil : words[..<count].joined(separator: " ")
        return (honorific, words[count...].joined(separator: " "))
    }
}
