import Foundation

/// Where a resolution's roadmap stands on a day: the steps overdue and those due next.
/// A step whose period cannot be read as days ("Immediate", "Continuous", no period) is
/// neither.
public struct RoadmapSchedule: Sendable, Equatable, Encodable {
    public var asOf: CalendarDate
    /// The steps whose period ended before the day and that are not stated done or
    /// completed, in the roadmap's order.
    public var overdue: [RoadmapMilestone]
    /// The steps not stated done whose period ends the earliest on or after the day (all
    /// of them when several end that day), in the roadmap's order.
    public var dueNext: [RoadmapMilestone]

    public init(_ milestones: [RoadmapMilestone], asOf: CalendarDate) {
        self.asOf = asOf
        let open = milestones.filter { !Self.isDone($0.status) }
        overdue = open.filter { step in step.periodEnd.map { $0 < asOf } ?? false }
        let next = open.compactMap(\.periodEnd).filter { $0 >= asOf }.min()
        dueNext = next.map { day in open.filter { $0.periodEnd == day } } ?? []
    }

    /// "Done", "Completed", "completed": a status that says the step is behind us.
    public static func isDone(_ status: String?) -> Bool {
        guard let status = status?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return status == "done" || status == "completed"
    }

    public func isOverdue(_ step: RoadmapMilestone) -> Bool { overdue.contains(step) }
    public func isDueNext(_ step: RoadmapMilestone) -> Bool { dueNext.contains(step) }
}
