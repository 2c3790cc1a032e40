/// A footnote's call in running text: a run of superscript digits ("¹", "¹²"). Found only
/// as a whole run, so that "¹" is not the first digit of "¹²", and never as the exponent
/// of a unit ("40 km²", "m³").
enum FootnoteMarker {
    /// ⁰ to ⁹, in the order of the digits they write.
    static let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// Units whose square or cube a ² or ³ after them writes.
    static let units: Set<String> = ["m", "km", "cm", "mm"]

    /// 12 → "¹²".
    static func superscript(_ number: Int) -> String {
        String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }

    /// Where `marker` first stands in `text` as a call.
    static func firstCall(_ marker: String, in text: Substring) -> Range<String.Index>? {
        var searchStart = text.startIndex
        while let found = text.range(of: marker, range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            if found.lowerBound > text.startIndex, digits.contains(text[text.index(before: found.lowerBound)]) {
                continue
            }
            if found.upperBound < text.endIndex, digits.contains(text[found.upperBound]) { continue }
            let word = text[..<found.lowerBound].reversed().prefix { $0.isLetter }
            if marker == "²" || marker == "³", units.contains(String(word.reversed())) { continue }
            return found
        }
        return nil
    }
}
