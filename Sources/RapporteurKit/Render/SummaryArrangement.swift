/// How the summary of a session of several days is laid out: day by day, each day's
/// agenda items under a heading of the day ("Day 2 – Thursday, 5 December 2024"), or item
/// by item, an item's paragraphs of every day together in the order of the days. Either
/// way the paragraphs are numbered straight through the document. A meeting of one day
/// has one layout, item by item.
public enum SummaryArrangement: String, Sendable, CaseIterable, Codable {
    case byDay = "day"
    case byItem = "item"
}
