// The index of the resolutions a briefing covers ("Resolutions:", then each symbol and
// title, two to a line apart by a tab), checked against the resolutions' sections.

extension SlideBriefingReader {
    /// Reads the index from its title to the first blank line.
    mutating func readIndex() {
        indexLine = number
        index += 1
        while index < lines.count {
            let line = lines[index]
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            for cell in line.split(separator: "\t") {
                let entry = cell.trimmingCharacters(in: .whitespaces)
                guard !entry.isEmpty else { continue }
                if let match = SlidePatterns.heading.firstMatch(in: entry) {
                    indexEntries.append(("\(Int(match.group(1) ?? "") ?? 0)/\(Int(match.group(2) ?? "") ?? 0)", number))
                } else {
                    diagnose(
                        .warning,
                        "'\(entry)' in the index of resolutions is no resolution's symbol and title "
                            + "(HSP/HA.2/RES.1 - title); it is not read")
                }
            }
            index += 1
        }
    }

    /// Warns of a resolution the index lists with no slides, and of one with slides the
    /// index leaves out.
    mutating func checkIndex() {
        guard let indexLine else { return }
        for entry in indexEntries where !sections.contains(where: { $0.key == entry.key }) {
            diagnose(
                .warning,
                "the index lists resolution \(entry.key), but no slide of the briefing is headed with it",
                line: entry.line)
        }
        for section in sections where !indexEntries.contains(where: { $0.key == section.key }) {
            diagnose(
                .warning,
                "resolution \(section.key) has slides but is not in the index of resolutions at line \(indexLine)",
                line: section.line)
        }
    }
}
