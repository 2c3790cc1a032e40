// Fundraising slides: a bullet or a paragraph a line, an indented bullet under the line
// above it, an indented line carrying on the line above.

extension SlideBriefingReader {
    /// Reads a line of a fundraising slide; false when it can be no part of it.
    mutating func addFundraising(_ line: String) -> Bool {
        guard let key = section?.key else { return false }
        let isOurs = result.fundraising.last?.resolution == key
        switch SlideListLine(line) {
        case .bullet(let text), .plain(let text):
            append(key, level: 0, text)
        case .subBullet(let text):
            // A line listed under another needs one above it.
            append(key, level: isOurs ? 1 : 0, text)
        case .continuation(let text):
            guard isOurs else { return false }
            result.fundraising[result.fundraising.count - 1].text += " " + text
        case .blank:
            break
        }
        return true
    }

    private mutating func append(_ key: String, level: Int, _ text: String) {
        let position = (fundraisingPositions[key] ?? 0) + 1
        fundraisingPositions[key] = position
        result.fundraising.append(
            FundraisingLine(resolution: key, position: position, level: level, text: text, source: file, line: number))
    }
}
