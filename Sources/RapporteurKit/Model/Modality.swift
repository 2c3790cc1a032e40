/// How a meeting is held.
public enum Modality: String, Codable, Sendable, CaseIterable {
    case inPerson
    case hybrid
    case online
}
