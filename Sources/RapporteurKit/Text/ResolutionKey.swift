/// A UN-Habitat Assembly resolution: session 2, number 7 is "2/7", HSP/HA.2/RES.7.
public struct ResolutionKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let session: Int
    public let number: Int

    public init(session: Int, number: Int) {
        self.session = session
        self.number = number
    }

    /// "2/7".
    public var key: String { "\(session)/\(number)" }

    /// "HSP/HA.2/RES.7".
    public var symbol: String { "HSP/HA.\(session)/RES.\(number)" }

    public var description: String { key }

    static let accepted = "write it as 2/7, resolution 2/7 or HSP/HA.2/RES.7"

    /// Case-insensitive, surrounding whitespace ignored: "2/7", "2 / 7", "res 2/7",
    /// "res. 2/7", "resolution 2/7", "Assembly resolution 2/7",
    /// "UN-Habitat Assembly resolution 2/7", "HSP/HA.2/RES.7", "HSP/HA.2/Res.7".
    /// Not the slash-only symbol "HSP/HA/2/RES/7" nor a reissue mark "*".
    public static func parse(_ text: String) throws -> ResolutionKey {
        let trimmed = ASCIIText.collapsingWhitespace(text)
        let lower = trimmed.lowercased()
        guard let (session, number) = sessionAndNumber(lower) else {
            throw TextError("'\(trimmed)' is not a resolution reference; \(accepted)")
        }
        guard session >= 1, number >= 1 else {
            throw TextError("'\(trimmed)' is not a resolution reference: sessions and numbers start at 1; \(accepted)")
        }
        return ResolutionKey(session: session, number: number)
    }

    static func sessionAndNumber(_ lower: String) -> (Int, Int)? {
        if lower.hasPrefix("hsp/ha.") {
            let parts = lower.dropFirst("hsp/ha.".count).split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].hasPrefix("res."),
                let session = ASCIIText.integer(parts[0]),
                let number = ASCIIText.integer(parts[1].dropFirst("res.".count))
            else { return nil }
            return (session, number)
        }
        var rest = lower
        if let afterBody = ReferenceText.dropping(oneOf: ["un-habitat assembly", "assembly"], from: rest) {
            rest = afterBody
            // A body named before the number must be followed by "resolution".
            guard ReferenceText.dropping(oneOf: resolutionWords, from: rest) != nil else { return nil }
        }
        if let afterWord = ReferenceText.dropping(oneOf: resolutionWords, from: rest) {
            rest = afterWord
        }
        guard let pair = ReferenceText.pair(rest) else { return nil }
        return (pair.first, pair.second)
    }

    static let resolutionWords = ["resolution", "res.", "res"]

    public static func < (lhs: ResolutionKey, rhs: ResolutionKey) -> Bool {
        (lhs.session, lhs.number) < (rhs.session, rhs.number)
    }
}
