/// A body's house style for times: "10:00" or "10 a.m.".
public enum TimeStyle: String, Codable, Sendable, CaseIterable {
    case twentyFourHour
    case twelveHour
}
