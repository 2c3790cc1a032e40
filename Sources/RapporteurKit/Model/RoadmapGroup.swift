/// The steps of a resolution's roadmap listed together: under one roadmap (its name,
/// when the resolution has several) and one group ("Year 1 (ongoing or using confirmed
/// resources)", "Continuous"), in the briefing's order.
public struct RoadmapGroup: Sendable, Equatable, Encodable {
    public var roadmap: String?
    public var group: String?
    public var steps: [RoadmapMilestone]

    public init(roadmap: String?, group: String?, steps: [RoadmapMilestone]) {
        self.roadmap = roadmap
        self.group = group
        self.steps = steps
    }

    /// The steps in runs of the same roadmap and group, as the briefing lists them.
    public static func grouped(_ milestones: [RoadmapMilestone]) -> [RoadmapGroup] {
        var groups: [RoadmapGroup] = []
        for step in milestones {
            if let last = groups.last, last.roadmap == step.roadmap, last.group == step.group {
                groups[groups.count - 1].steps.append(step)
            } else {
                groups.append(RoadmapGroup(roadmap: step.roadmap, group: step.group, steps: [step]))
            }
        }
        return groups
    }
}
