/// What a search hit is: each kind of text the search index holds.
public enum SearchHitKind: String, Sendable, Codable, CaseIterable {
    case intervention
    case ask
    case response
    case commitment
    case agendaItem = "agenda-item"
    case annotation
    case implementationUpdate = "implementation-update"
    case milestone
    case fundraising
}
