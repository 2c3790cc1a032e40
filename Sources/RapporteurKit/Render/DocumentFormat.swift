/// The formats documents are written in; each has its own template.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case md
    case txt
    case html

    /// The template's name for a document: "summary.md".
    public func template(_ document: String) -> String { "\(document).\(rawValue)" }
}
