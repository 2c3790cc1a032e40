import Foundation

/// The officer's reading of seed 004 (Fixtures/seed-004-answers.txt): one ask a line,
/// `ASK PARAGRAPH | PHRASE | ANSWERING PARAGRAPHS | EXTENT | WHY`. Both test targets
/// measure against it: the inference in the library, the follow-up list in the CLI.
public struct SeedAnswerReading: Sendable {
    public struct Line: Sendable {
        public let paragraph: Int
        public let phrase: String
        public let answering: [Int]
        /// "full", "partial" or "open".
        public let extent: String

        /// An officer leaves it on the follow-up list: nothing answers it, or only in part.
        public var isOutstanding: Bool { extent != "full" }
    }

    public let lines: [Line]

    public init(packageRoot: URL) throws {
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

    /// The lines an ask of this paragraph covers: those whose phrase it holds, or all of
    /// its paragraph's lines when it holds none (an ask the import did not split).
    public func lines(coveredByAsk text: String, paragraph: Int) -> [Line] {
        let own = lines.filter { $0.paragraph == paragraph }
        let holding = own.filter { text.lowercased().contains($0.phrase.lowercased()) }
        return holding.isEmpty ? own : holding
    }
}
