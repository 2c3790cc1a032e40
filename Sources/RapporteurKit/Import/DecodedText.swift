/// A file's text with how it was read: the encoding, and a note for the user when the
/// encoding was assumed rather than known (no UTF-8, no byte-order mark).
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: TextEncoding
    /// "FILE: read as Windows-1252 …", for the person at the terminal; nil when the file
    /// said its own encoding.
    public var note: Phrase?
}
