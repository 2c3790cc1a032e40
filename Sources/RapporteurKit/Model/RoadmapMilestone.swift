/// A step of a resolution's implementation roadmap, as the briefing states it.
public struct RoadmapMilestone: Codable, Sendable, Equatable {
    public var resolution: String
    public var position: Int
    /// The roadmap's own name when the resolution has several ("Adequate Housing for
    /// All Platform"); nil for its only roadmap.
    public var roadmap: String?
    /// The group the step is listed under, as written without its colon: "Year 1
    /// (ongoing or using confirmed resources)", "Following years (subject to the
    /// availability of resources)", "Continuous", "Phase 1 (2023-2025)", "Platform (OP1)".
    public var group: String?
    /// As written: "Q1 2025", "December 2024", "Nov 2023 Feb / Mar 2024", "Immediate";
    /// nil when the step states none.
    public var period: String?
    /// The period as days where it can be read: "November 2023" is 1 to 30 November
    /// 2023; "By Sep 2024" has only an end; "Immediate" has neither.
    public var periodStart: CalendarDate?
    public var periodEnd: CalendarDate?
    public var activity: String
    /// The operative paragraphs the step cites: "6", "3 (c)", "all" for "(all OPs)".
    public var paragraphs: [String]
    public var responsible: String?
    /// "Completed", "Ongoing", "Planned", as stated.
    public var status: String?
    public var source: String
    public var line: Int

    public init(
        resolution: String, position: Int, roadmap: String? = nil, group: String? = nil, period: String?,
        periodStart: CalendarDate? = nil, periodEnd: CalendarDate? = nil, activity: String,
        paragraphs: [String] = [], responsible: String? = nil, status: String? = nil, source: String, line: Int
    ) {
        self.resolution = resolution
        self.position = position
        self.roadmap = roadmap
        self.group = group
        self.period = period
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.activity = activity
        self.paragraphs = paragraphs
        self.responsible = responsible
        self.status = status
        self.source = source
        self.line = line
    }
}
