/// A meeting's document as `meeting documents` lists it, and its JSON shape.
public struct MeetingDocumentEntry: Codable, Hashable, Sendable {
    public var kind: MeetingDocumentKind
    /// "HSP/EB.2025/1"; nil until it is given.
    public var symbol: String?
    public var issued: CalendarDate?
    /// "9", "2(a)"; nil for a document not issued under an item.
    public var item: String?

    public init(kind: MeetingDocumentKind, symbol: String?, issued: CalendarDate?, item: String?) {
        self.kind = kind
        self.symbol = symbol
        self.issued = issued
        self.item = item
    }
}
