/// What annotating an agenda item did: the item, and how many paragraphs its
/// annotation now has (none when it was removed or there was none to remove).
public struct AgendaAnnotationChange: Sendable, Equatable {
    public let label: String
    public let title: String
    public let paragraphs: Int
    /// True when an annotation the item had is gone.
    public let removed: Bool
}
