/// A summary's numbered paragraphs read straight from its text, for comparing with what
/// Rapporteur writes: a paragraph runs from its number to the next number, heading or
/// blank line, and on across a blank line when its last line ends mid-sentence (seed
/// 004's paragraph 55 breaks so). Its list lines are part of it.
enum SeedParagraphs {
    struct Paragraph: Equatable {
        var number: Int
        /// `normalised`.
        var text: String
    }

    static func read(_ text: String) throws -> [Paragraph] {
        var found: [(number: Int, lines: [String])] = []
        var open = false
        var blankBefore = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                blankBefore = true
                continue
            }
            defer { blankBefore = false }
            if let match = line.firstMatch(of: /^(\d+)\.\s+(.*)$/), !raw.hasPrefix(" "), let number = Int(match.1) {
                found.append((number, [String(match.2)]))
                open = true
                continue
            }
            let midSentence = !(found.last?.lines.last.map { ".:".contains($0.last ?? ".") } ?? true)
            if open, !blankBefore || midSentence {
                found[found.count - 1].lines.append(line)
            } else {
                open = false
            }
        }
        return found.map { Paragraph(number: $0.number, text: normalised($0.lines.joined(separator: " "))) }
    }

    /// Whitespace as single spaces, without the marks of the text's layout: a list line's
    /// "- ", bold "**" and a link's brackets ("[2/1](#)" reads "2/1").
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "](#)", with: "")
            .replacingOccurrences(of: "[", with: "")
            .split(whereSeparator: \.isWhitespace).filter { $0 != "-" }.joined(separator: " ")
    }
}
