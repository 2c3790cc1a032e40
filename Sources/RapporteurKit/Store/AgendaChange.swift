/// What an agenda edit did, for the command to report.
public struct AgendaChange: Sendable, Equatable {
    /// The label the edited item has now (or had, for a removal): "2(a)".
    public var label: String
    public var title: String
    /// Sub-items removed with the item.
    public var removedSubItems: Int = 0
    /// True when the edit amended an adopted agenda.
    public var amendedAdoptedAgenda: Bool = false
}
