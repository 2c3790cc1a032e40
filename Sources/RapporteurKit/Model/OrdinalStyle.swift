/// Whether a body writes meeting ordinals in words ("fifty-sixth") or figures ("56th").
public enum OrdinalStyle: String, Codable, Sendable, CaseIterable {
    case words
    case figures
}
