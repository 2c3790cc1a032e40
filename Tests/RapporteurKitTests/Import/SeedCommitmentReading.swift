import Foundation

@testable import RapporteurKit

/// The officer's reading of seed 004's commitments (Fixtures/seed-004-commitments.txt):
/// one undertaking a line, `PARAGRAPH | PHRASE | DUE | WHY`.
struct SeedCommitmentReading {
    struct Line {
        let paragraph: Int
        let phrase: String
        let due: NewCommitment.Due
        /// The line as written, for messages.
        let written: String
    }

    let lines: [Line]

    init() throws {
        let url = packageRoot.appending(path: "Tests/RapporteurKitTests/Fixtures/seed-004-commitments.txt")
        var lines: [Line] = []
        let text = try String(contentsOf: url, encoding: .utf8)
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "|", maxSplits: 3).map { $0.trimmingCharacters(in: .whitespaces) }
            // A typo in the reading must stop the measure, never shrink it silently.
            guard fields.count == 4, let paragraph = Int(fields[0]), !fields[1].isEmpty,
                let due = Self.due(fields[2])
            else {
                throw CocoaError(
                    .fileReadCorruptFile,
                    userInfo: [NSLocalizedDescriptionKey: "\(url.lastPathComponent):\(number + 1): \(line)"])
            }
            lines.append(Line(paragraph: paragraph, phrase: fields[1], due: due, written: line))
        }
        self.lines = lines
    }

    /// "2024-10-28", "meeting EB 2024 2", "upon request", "as early as possible", "-".
    static func due(_ field: String) -> NewCommitment.Due? {
        switch field {
        case "-": return NewCommitment.Due.none
        case "upon request": return .uponRequest
        case "as early as possible": return .asEarlyAsPossible
        default: break
        }
        let words = field.split(separator: " ").map(String.init)
        if words.count == 4, words[0] == "meeting", let year = Int(words[2]), let session = Int(words[3]) {
            // The Board numbers its sessions within a year: EB-2024-2.
            return .meeting("\(words[1])-\(year)-\(session)")
        }
        return (try? CalendarDate.parse(field)).map { .date($0) }
    }
}
