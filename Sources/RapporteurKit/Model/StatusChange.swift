/// A resolution's implementation status from a day on, with where it was read.
public struct StatusChange: Codable, Hashable, Sendable {
    public var asOf: CalendarDate
    public var status: ImplementationStatus
    /// The tracker file it came from; nil when entered by hand.
    public var source: String?
}
