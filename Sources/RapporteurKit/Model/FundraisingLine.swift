/// A line of a resolution's fundraising strategy, as the briefing lists it: a bullet,
/// or a paragraph of its own, and the lines listed under it (`level` 1).
public struct FundraisingLine: Codable, Sendable, Equatable {
    public var resolution: String
    public var position: Int
    /// 0 for a line of the strategy, 1 for a line listed under the one above.
    public var level: Int
    public var text: String
    public var source: String
    public var line: Int

    public init(resolution: String, position: Int, level: Int = 0, text: String, source: String, line: Int) {
        self.resolution = resolution
        self.position = position
        self.level = level
        self.text = text
        self.source = source
        self.line = line
    }
}
