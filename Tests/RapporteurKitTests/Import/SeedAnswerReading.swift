import Foundation

/// The officer's reading of seed 004 (Fixtures/seed-004-answers.txt): one ask a line,
/// `ASK PARAGRAPH | PHRASE | ANSWERING PARAGRAPHS | EXTENT | WHY`.
struct SeedAnswerReading {
    struct Line {
        let paragraph: Int
        let phrase: String
        let answering: [Int]
        let extent: String
    }

    let lines: [Line]

    init() throws {
        let url = packageRoot.appending(path: "Tests/RapporteurKitTests/Fixtures/seed-004-answers.txt")
        var lines: [Line] = []
        for (number, raw) in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasPrefix("#") else { continue }
            let fields = text.split(separator: "|", maxSplits: 4).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 5, let paragraph = Int(fields[0]),
                ["full", "partial", "open"].contains(fields[3])
            else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "line \(number + 1)"]) }
            let answering =
                fields[2] == "-"
                ? []
                : fields[2].split(separator: ",").compactMap {
                    Int($0.trimmingCharacters(in: .whitespaces))
                }
            lines.append(Line(paragraph: paragraph, phrase: fields[1], answering: answering, extent: fields[3]))
        }
        self.lines = lines
    }
}
