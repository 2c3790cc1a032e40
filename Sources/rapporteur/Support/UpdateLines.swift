import RapporteurKit

/// An implementation update as `resolution show --full` and `decision show --full` list
/// it: its day, its source and the operative paragraphs it cites, its text, then each
/// footnote its paragraph calls, under it with its mark.
enum UpdateLines {
    static func lines(_ update: ImplementationUpdate) -> [String] {
        var source = update.symbol ?? update.source
        if let paragraph = update.paragraph { source += ", para. \(paragraph)" }
        if !update.paragraphs.isEmpty { source += " (OP\(update.paragraphs.joined(separator: ", ")))" }
        return ["  \(update.asOf.iso) \(source): \(update.text)"]
            + update.footnotes.map { "      \($0.mark) \($0.text)" }
    }
}
