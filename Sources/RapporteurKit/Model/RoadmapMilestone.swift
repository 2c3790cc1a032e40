/// A dated step of a resolution's implementation roadmap, as the briefing states it.
public struct RoadmapMilestone: Codable, Sendable, Equatable {
    public var resolution: String
    public var position: Int
    /// "Q1 2025", "December 2024", "2025–2026".
    public var period: String
    public var activity: String
    public var responsible: String?
    /// "Completed", "Ongoing", "Planned", as stated.
    public var status: String?
    public var source: String
    public var line: Int

    public init(
        resolution: String, position: Int, period: String, activity: String, responsible: String? = nil,
        status: String? = nil, source: String, line: Int
    ) {
        self.resolution = resolution
        self.position = position
        self.period = period
        self.activity = activity
        self.responsible = responsible
        self.status = status
        self.source = source
        self.line = line
    }
}
