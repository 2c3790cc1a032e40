import Foundation

/// Reads the heading material: "Summary of the fifty-sixth meeting of …", the date and
/// time line, the venue, "Chair: …" and the Chair's function.
enum SummaryHeaderReader {
    /// The heading must appear among this many non-blank lines, or the text is refused.
    static let headingWindow = 40

    /// A cleaned, non-blank line with its 1-based number in the source.
    typealias Line = (number: Int, text: String)

    /// The index in `lines` where the heading starts and how many lines it takes;
    /// nil when none of the first `headingWindow` lines holds one.
    static func findTitle(_ lines: [Line]) -> (index: Int, count: Int)? {
        for index in lines.indices.prefix(headingWindow) {
            if meetingTitle.matches(lines[index].text) {
                return (index, 1 + wrappedLines(lines, after: index))
            }
            // A heading wrapped before "meeting of": "Summary of the fifty-sixth meeting" / "of the …".
            if index + 1 < lines.count, titleStart.matches(lines[index].text),
                meetingTitle.matches(lines[index].text + " " + lines[index + 1].text)
            {
                return (index, 2 + wrappedLines(lines, after: index + 1))
            }
        }
        return nil
    }

    /// Lines after `index` that carry on the title: they start in lower case.
    static func wrappedLines(_ lines: [Line], after index: Int) -> Int {
        var count = 0
        while index + count + 1 < lines.count, lines[index + count + 1].text.first?.isLowercase == true {
            count += 1
        }
        return count
    }

    /// `titleLines` are the heading's lines; `rest` the heading material below it, up
    /// to the first item heading or numbered paragraph; `bodies` the bodies a heading can name.
    static func read(titleLines: [Line], rest: [Line], bodies: BodyDirectory) -> SummaryHeader {
        var header = SummaryHeader()
        let title = titleLines.map(\.text).joined(separator: " ")
        let titleLine = titleLines.first?.number ?? 1
        header.repeatedLines = Set((titleLines + rest).map { SummaryLineCleaner.comparable($0.text) })
        header.repeatedLines.insert(SummaryLineCleaner.comparable(title))
        readTitle(title, line: titleLine, bodies: bodies, into: &header)

        var dateIndex: Int?
        var chairIndex: Int?
        for (index, line) in rest.enumerated() {
            if dateIndex == nil, readDateLine(line, into: &header) {
                dateIndex = index
            } else if chairIndex == nil, let chair = chairName(line.text) {
                chairIndex = index
                readChair(chair, into: &header)
            }
        }
        if let chairIndex, header.chairFunction == nil, chairIndex + 1 < rest.count, chairIndex + 1 != dateIndex {
            header.chairFunction = rest[chairIndex + 1].text
        }
        // The venue: "Venue: …", else the line under the date, else a line naming a room.
        let taken = Set([dateIndex, chairIndex, chairIndex.map { $0 + 1 }].compactMap { $0 })
        if let labelled = rest.first(where: { venueLabel.matches($0.text) }) {
            header.venue = venueLabelWithSpace.replacing(in: labelled.text, with: "")
        } else if let dateIndex, dateIndex + 1 < rest.count, !taken.contains(dateIndex + 1) {
            header.venue = rest[dateIndex + 1].text
        } else if let room = rest.enumerated().first(where: {
            !taken.contains($0.offset)
                && venueWords.matches($0.element.text)
        }) {
            header.venue = room.element.text
        }
        if header.date == nil {
            header.diagnostics.append(
                .init(line: titleLine, severity: .warning, message: "no meeting date found under the heading"))
        }
        if header.chair == nil {
            header.diagnostics.append(
                .init(line: titleLine, severity: .warning, message: "no 'Chair:' line found under the heading"))
        }
        return header
    }

    static func readTitle(_ title: String, line: Int, bodies: BodyDirectory, into header: inout SummaryHeader) {
        guard let match = meetingTitle.firstMatch(in: title) else { return }
        let ordinal = match.group(1) ?? ""
        let bodyText = match.group(2) ?? ""
        header.body = bodies.code(namedIn: bodyText) ?? ""
        if header.body.isEmpty {
            header.diagnostics.append(
                .init(
                    line: line, severity: .error,
                    message: "governing body not recognised in the heading: '\(bodyText)'"))
        }
        if !ordinal.isEmpty {
            header.number = meetingNumber(ordinal)
            if header.number == nil {
                header.diagnostics.append(
                    .init(
                        line: line, severity: .warning,
                        message: "meeting number not read from '\(ordinal)'"))
            }
        }
    }

    /// "fifty-sixth", "56th", "resumed fifty-sixth": the longest tail that is an ordinal.
    static func meetingNumber(_ words: String) -> Int? {
        let tokens = words.split(separator: " ").map(String.init)
        for start in tokens.indices {
            if let n = OrdinalWords.parse(tokens[start...].joined(separator: " ")) { return n }
        }
        return nil
    }

    /// "Wednesday, 16 October 2024, 10:00 – 13:00 East Africa Time". True when the line has a date.
    static func readDateLine(_ line: Line, into header: inout SummaryHeader) -> Bool {
        var found: (date: CalendarDate, end: String.Index)?
        for pattern in dates {
            guard let match = pattern.firstMatch(in: line.text) else { continue }
            let written = match.text.trimmingCharacters(in: CharacterSet(charactersIn: ", "))
            if let date = UNDate.parse(written) {
                found = (date, match.range.upperBound)
            } else if let bare = bareDate.firstMatch(in: written.replacingOccurrences(of: ",", with: " ")),
                let date = UNDate.parse(bare.text)
            {
                // A weekday that does not fit the date: keep the date, say so.
                found = (date, match.range.upperBound)
                header.diagnostics.append(
                    .init(
                        line: line.number, severity: .warning,
                        message: "the weekday in '\(written)' does not match \(UNDate.long(date))"))
            }
            if found != nil { break }
        }
        guard let found else { return false }
        header.date = found.date
        let after = String(line.text[found.end...])
        if let match = timeRange.firstMatch(in: after) {
            header.startTime = match.group(1).flatMap(SummaryClockReader.time)
            header.endTime = match.group(2).flatMap(SummaryClockReader.time)
            let zone = (match.group(3) ?? "").trimmingCharacters(in: CharacterSet(charactersIn: " ,.;()"))
            header.timeZone = zone.isEmpty ? nil : zone
            if header.startTime == nil || header.endTime == nil {
                header.diagnostics.append(
                    .init(line: line.number, severity: .warning, message: "meeting times not read from '\(after)'"))
            }
        }
        return true
    }

    /// The name after "Chair:", "Chairperson:", "Chaired by".
    static func chairName(_ text: String) -> String? {
        if let match = chairLabel.firstMatch(in: text) ?? chairedBy.firstMatch(in: text) {
            return match.group(1)
        }
        return nil
    }

    /// "H.E. Ms. X, Permanent Representative of …" on one line splits at the comma.
    static func readChair(_ text: String, into header: inout SummaryHeader) {
        if let match = chairFunction.firstMatch(in: text), let function = match.group(1) {
            header.chair = String(text[..<match.range.lowerBound])
            header.chairFunction = SummaryLineClassifier.trimmingFinalPunctuation(function)
        } else {
            header.chair = text
        }
    }
}
