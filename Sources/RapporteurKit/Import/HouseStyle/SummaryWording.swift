import Foundation

/// How a house style words the parts of a paragraph it puts together: a predicate
/// without its final stop, an opening phrase after it, a phrase shortened for a note.
enum SummaryWording {
    static func droppingFinalStop(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespaces)
        while let last = result.last, ".,;".contains(last) { result.removeLast() }
        return result
    }

    /// "Regarding …" -> "regarding …", but "UN-Habitat …" stays.
    static func lowercasedFirst(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count > 1, chars[0].isUppercase, chars[1].isLowercase else { return text }
        return chars[0].lowercased() + String(chars.dropFirst())
    }

    /// The first 40 characters, with "…" when there are more.
    static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
