/// What `meeting set` may change about a meeting; a nil field is left as it is.
public struct MeetingChange: Sendable {
    public var venue: String?
    public var modality: Modality?
    /// The Chair as written in the heading, honorifics first.
    public var chair: String?
    public var chairFunction: String?
    public var openedAt: ClockTime?
    public var adjournedAt: ClockTime?
    public var status: MeetingStatus?

    public init() {}

    public var isEmpty: Bool {
        venue == nil && modality == nil && chair == nil && chairFunction == nil && openedAt == nil
            && adjournedAt == nil && status == nil
    }
}
