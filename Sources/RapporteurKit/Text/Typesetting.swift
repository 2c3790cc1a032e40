/// Whether a document's text is typeset (`Typography`) or kept as stored. Documents
/// people read (txt, md, html, docx, pdf, Akoma Ntoso) are typeset; JSON, CSV and the
/// record format keep what was stored, character for character.
public enum Typesetting: Sendable, Hashable {
    case typeset
    case asStored

    public func apply(_ text: String) -> String {
        self == .typeset ? Typography.typeset(text) : text
    }

    public func apply(_ text: String?) -> String? {
        text.map(apply)
    }

    public func apply(_ texts: [String]) -> [String] {
        self == .typeset ? texts.map(Typography.typeset) : texts
    }

    /// Wording read from a published document keeps its own characters.
    public func apply(_ text: String, fromPublishedDocument: Bool) -> String {
        fromPublishedDocument ? text : apply(text)
    }
}
