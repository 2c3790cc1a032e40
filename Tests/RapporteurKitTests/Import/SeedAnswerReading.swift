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
        let text = try String(contentsOf: url, encoding: .utf8)
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "|", maxSplits: 4).map { $0.trimmingCharacters(in: .whitespaces) }
            let answering =
                fields.count == 5 && fields[2] != "-"
                ? fields[2].split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) } : []
            // A typo in the reading must stop the measure, never shrink it silently.
            guard fields.count == 5, let paragraph = Int(fields[0]), !answering.contains(nil),
                ["full", "partial", "open"].contains(fields[3])
            else {
                throw CocoaError(
                    .fileReadCorruptFile,
                    userInfo: [NSLocalizedDescriptionKey: "\(url.lastPathComponent):\(number + 1): \(line)"])
            }
            lines.append(
                Line(paragraph: paragraph, phrase: fields[1], answering: answering.compactMap { $0 }, extent: fields[3])
            )
        }
        self.lines = lines
    }
}
