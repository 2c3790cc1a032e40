/// Reads the record format line by line and hands over each meeting as soon as its
/// block ends, so that a corpus of any size streams through in little memory. Every
/// problem becomes a diagnostic with its line; reading goes on to find the rest.
/// Values are read back through `RecordFormatEscape`; a NUL, raw or escaped, and a
/// file without a meeting are errors.
public struct RecordFormatReader {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    var meeting: RecordFile?
    var meetingHasDates = false
    /// The fields the meeting's `body` block gave, to tell what it lacks.
    var bodyFields: Set<String> = []
    var bodyLine = 0
    /// The block the field lines below belong to.
    enum Block {
        case meeting, body, document, item(provisional: Bool), paragraph, intervention, ask, response, commitment, none
    }
    var block: Block = .none
    /// The day the blocks below belong to, after a `day` line of a session of several days.
    var currentDay: Int?
    private var lineNumber = 0
    private var sawMeeting = false

    public init(file: String) {
        self.file = file
    }

    /// Reads a whole text and returns its meetings.
    public static func read(_ text: String, file: String) -> (records: [RecordFile], diagnostics: [Diagnostic]) {
        var reader = RecordFormatReader(file: file)
        var records: [RecordFile] = []
        for line in text.editorLines {
            if let record = reader.feed(line) { records.append(record) }
        }
        if let record = reader.finish() { records.append(record) }
        return (records, reader.diagnostics)
    }

    /// Takes the next line; returns the previous meeting when this line starts a new one.
    public mutating func feed(_ rawLine: Substring) -> RecordFile? {
        var line = String(rawLine)
        return line.withUTF8 { feed(utf8: $0) }
    }

    /// The same for a line as UTF-8 bytes (valid UTF-8, without its "\n"), as a file
    /// is read: only the values become Strings.
    public mutating func feed(utf8 rawLine: UnsafeBufferPointer<UInt8>) -> RecordFile? {
        lineNumber += 1
        if rawLine.contains(0) {
            error("this line holds a NUL byte (U+0000), which a record cannot keep; remove it")
            return nil
        }
        let hasReturn = rawLine.last == UInt8(ascii: "\r")
        let line = hasReturn ? UnsafeBufferPointer(rebasing: rawLine.dropLast()) : rawLine
        switch RecordFormatLine(line) {
        case .skip: return nil
        case .header(let keyword, let rest): return header(keyword, rest)
        case .field(let name, let value): field(name, value)
        case .malformedField(let text): malformedField(text)
        case .characters: return feedCharacters(String(decoding: line, as: UTF8.self))
        }
        return nil
    }

    /// A line whose grammar marks touch non-ASCII text, read as Characters: "#" and a
    /// combining accent after it are one Character, not a comment mark.
    private mutating func feedCharacters(_ line: String) -> RecordFile? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        // Nothing trimmed: a header. Comparing indices, not counts, which walk the line.
        if trimmed.startIndex == line.startIndex {
            let (keyword, rest) = split(line, at: " ")
            return header(keyword, rest)
        }
        let text = String(trimmed)
        let (name, value) = split(text, at: ":")
        guard text.contains(":" as Character), !name.contains(" " as Character) else {
            malformedField(text)
            return nil
        }
        field(name, value)
        return nil
    }

    /// Ends the input; returns the last meeting.
    public mutating func finish() -> RecordFile? {
        if !sawMeeting, diagnostics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 1, .error,
                    "no meeting in this file; a record file has at least one block starting `meeting PBA-56`"))
        }
        return closeMeeting()
    }

    // MARK: Headers

    private mutating func header(_ keyword: String, _ rest: String) -> RecordFile? {
        switch keyword {
        case "meeting":
            let finished = closeMeeting()
            sawMeeting = true
            guard !rest.isEmpty else {
                error("a meeting needs its handle, as `meeting PBA-56`")
                block = .none
                return finished
            }
            guard let handle = text(rest) else {
                block = .none
                return finished
            }
            let placeholder = CalendarDate(year: 2000, month: 1, day: 1)!
            var record = RecordFile(handle: handle, body: "", startDate: placeholder, endDate: placeholder)
            record.line = lineNumber
            meeting = record
            meetingHasDates = false
            currentDay = nil
            block = .meeting
            return finished
        case "body":
            guard requireMeeting(keyword) else { return nil }
            block = .none
            guard meeting!.bodyDefinition == nil else {
                error("meeting \(meeting!.handle) has its `body` block already, at line \(bodyLine); give it once")
                return nil
            }
            guard let code = text(rest), !code.isEmpty else {
                error("a body block needs the body's code, as `body GC`")
                return nil
            }
            meeting!.bodyDefinition = NewBody(code: code, name: "", meetingNumbering: .number)
            bodyFields = []
            bodyLine = lineNumber
            block = .body
        case "document":
            guard requireMeeting(keyword) else { return nil }
            issuedDocument(rest)
        case "decision":
            guard requireMeeting(keyword) else { return nil }
            let (head, title) = split(rest, at: ":")
            let (body, key) = split(head, at: " ")
            guard !body.isEmpty, !key.isEmpty else {
                error("write a decision as `decision EB 2024/3: title`")
                return nil
            }
            guard let title = text(title) else { return nil }
            meeting!.decisions.append(.init(body: body, key: key, title: title.isEmpty ? nil : title))
            block = .none
        case "item", "provisional-item":
            guard requireMeeting(keyword) else { return nil }
            let (label, written) = split(rest, at: ":")
            guard !label.isEmpty, !written.isEmpty else {
                error("write an agenda item as `\(keyword) 2(a): title`")
                return nil
            }
            guard let title = text(written) else { return nil }
            let item = RecordFile.Item(label: label, title: title, line: lineNumber)
            if keyword == "item" {
                meeting!.agenda.append(item)
            } else {
                meeting!.provisionalAgenda = (meeting!.provisionalAgenda ?? []) + [item]
            }
            block = .item(provisional: keyword != "item")
        case "day":
            guard requireMeeting(keyword) else { return nil }
            sessionDay(rest)
        case "paragraph":
            guard requireMeeting(keyword) else { return nil }
            guard let number = Int(rest), number > 0, rest.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                rest.utf8.count <= 7
            else {
                error("write a published paragraph as `paragraph 12`, with its printed number, not '\(rest)'")
                block = .none
                return nil
            }
            if let earlier = meeting!.publishedParagraphs.first(where: { $0.number == number && $0.day == currentDay })
            {
                error(
                    "paragraph \(number) is given already\(currentDay.map { " on day \($0)" } ?? ""), at line \(earlier.line); "
                        + "a paragraph is given once")
                block = .none
                return nil
            }
            var paragraph = RecordFile.PublishedParagraph(number: number, item: "", text: "", line: lineNumber)
            paragraph.day = currentDay
            meeting!.publishedParagraphs.append(paragraph)
            block = .paragraph
        case "intervention":
            guard requireMeeting(keyword), let key = requireKey(rest, "I") else { return nil }
            var intervention = RecordFile.Intervention(
                key: key, item: "", speakers: [], kind: .comment, text: "", line: lineNumber)
            intervention.day = currentDay
            meeting!.entries.append(.intervention(intervention))
            block = .intervention
        case "ask":
            guard requireMeeting(keyword), let key = requireKey(rest, "Q") else { return nil }
            guard case .intervention(var intervention)? = meeting!.entries.last else {
                error("an ask follows the intervention that asks it")
                block = .none
                return nil
            }
            intervention.asks.append(.init(key: key, text: "", line: lineNumber))
            meeting!.entries[meeting!.entries.count - 1] = .intervention(intervention)
            block = .ask
        case "response":
            guard requireMeeting(keyword), let key = requireKey(rest, "R") else { return nil }
            var response = RecordFile.Response(key: key, item: "", text: "", line: lineNumber)
            response.day = currentDay
            meeting!.entries.append(.response(response))
            block = .response
        case "commitment":
            guard requireMeeting(keyword), let key = requireKey(rest, "A") else { return nil }
            var commitment = RecordFile.Commitment(key: key, text: "", line: lineNumber)
            commitment.day = currentDay
            meeting!.commitments.append(commitment)
            block = .commitment
        default:
            error(
                "unknown line '\(keyword)'; a block starts with meeting, body, document, decision, item, provisional-item, "
                    + "day, paragraph, intervention, ask, response or commitment, and its fields are indented")
            block = .none
        }
        return nil
    }

    /// `document provisional-agenda: HSP/EB.2025/1`, or without the symbol until it is given.
    private mutating func issuedDocument(_ rest: String) {
        block = .none
        let (written, symbol) = split(rest, at: ":")
        guard let kind = MeetingDocumentKind.allCases.first(where: { RecordFormatValues.kebab($0.rawValue) == written })
        else {
            let kinds = MeetingDocumentKind.allCases.map { RecordFormatValues.kebab($0.rawValue) }
            return error(
                "write a meeting's document as `document provisional-agenda: HSP/EB.2025/1`; its kind is one of "
                    + "\(kinds.joined(separator: ", ")), not '\(written)'")
        }
        if let earlier = meeting!.documents.first(where: { $0.kind == kind }) {
            return error(
                "meeting \(meeting!.handle) has its \(written) already, at line \(earlier.line); a meeting has one of each"
            )
        }
        guard let value = text(symbol) else { return }
        meeting!.documents.append(
            RecordFile.IssuedDocument(kind: kind, symbol: value.isEmpty ? nil : value, line: lineNumber))
        block = .document
    }

    /// `day 2 2024-12-05`: the records after it, up to the next `day` line, are that day's.
    private mutating func sessionDay(_ rest: String) {
        block = .none
        let (written, writtenDate) = split(rest, at: " ")
        guard let number = Int(written), number > 0, written.utf8.count <= 3,
            written.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let date = try? CalendarDate.parse(writtenDate)
        else {
            return error(
                "write a day of the session as `day 2 2024-12-05`, its number and its date, not 'day \(rest)'")
        }
        if let earlier = meeting!.days.first(where: { $0.number == number }) {
            return error("day \(number) is given already, at line \(earlier.line); a day is given once")
        }
        if let earlier = meeting!.days.last, earlier.number > number || earlier.date >= date {
            return error(
                "day \(number) (\(date.iso)) comes after day \(earlier.number) (\(earlier.date.iso)); "
                    + "give the days in order, each on a later date")
        }
        meeting!.days.append(RecordFile.Day(number: number, date: date, line: lineNumber))
        currentDay = number
    }

    private mutating func requireMeeting(_ keyword: String) -> Bool {
        if meeting == nil {
            error("\(keyword) before any `meeting` line")
            block = .none
            return false
        }
        return true
    }

    private mutating func requireKey(_ key: String, _ letter: Character) -> String? {
        // ASCII digits, and few enough of them that numbering on from a key cannot overflow.
        // Checked on the bytes: any non-ASCII byte fails it, as a non-ASCII Character would.
        let bytes = key.utf8
        guard (2...7).contains(bytes.count), bytes.first == letter.asciiValue,
            bytes.dropFirst().allSatisfy({ (0x30...0x39).contains($0) })
        else {
            error("'\(key)' is not a key; write it as \(letter)1, \(letter)2, …")
            block = .none
            return nil
        }
        return key
    }

    // MARK: Meeting end

    /// Checks the finished meeting for what every block must have.
    private mutating func closeMeeting() -> RecordFile? {
        defer { meeting = nil }
        guard var record = meeting else { return nil }
        let errorsBefore = diagnostics.count
        func missing(_ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: line, .error, message))
        }
        if record.body.isEmpty { missing(record.line, "meeting \(record.handle) has no `body:`") }
        if !meetingHasDates { missing(record.line, "meeting \(record.handle) has no `dates:`") }
        if (record.openingTitle == nil) != record.openingAnnotation.isEmpty {
            missing(
                record.line,
                "meeting \(record.handle) gives \(record.openingTitle == nil ? "`opening-annotation:` with no `opening:`" : "`opening:` with no `opening-annotation:`"); "
                    + "the opening's heading and its paragraphs go together")
        }
        if var definition = record.bodyDefinition {
            if definition.code.uppercased() != record.body.uppercased() {
                missing(
                    bodyLine,
                    "body \(definition.code) is not the body of meeting \(record.handle), \(record.body); "
                        + "give the definition of \(record.body), or leave out the block")
            }
            for name in ["name", "numbering"] where !bodyFields.contains(name) {
                missing(bodyLine, "body \(definition.code) has no `\(name):`")
            }
            if !bodyFields.contains("short-name") { definition.shortName = "the " + definition.name }
            if !bodyFields.contains("meeting-noun") {
                definition.meetingNoun =
                    NewBody(code: definition.code, name: "", meetingNumbering: definition.meetingNumbering).meetingNoun
            }
            record.bodyDefinition = definition
        }
        if !record.days.isEmpty {
            let first = record.days[0].line
            let dayless =
                record.publishedParagraphs.filter { $0.day == nil }.map { ($0.line, "paragraph \($0.number)") }
                + record.entries.compactMap { entry -> (Int, String)? in
                    switch entry {
                    case .intervention(let intervention) where intervention.day == nil:
                        return (intervention.line, "intervention \(intervention.key)")
                    case .response(let response) where response.day == nil:
                        return (response.line, "response \(response.key)")
                    default: return nil
                    }
                }
                + record.commitments.filter { $0.day == nil }.map { ($0.line, "commitment \($0.key)") }
            for (line, name) in dayless {
                missing(
                    line,
                    "\(name) comes before the first `day` line, at line \(first); in a session of several days "
                        + "every record belongs to a day: move it below its day")
            }
        }
        for paragraph in record.publishedParagraphs where paragraph.text.isEmpty {
            missing(paragraph.line, "paragraph \(paragraph.number) has no `text:`")
        }
        for entry in record.entries {
            switch entry {
            case .intervention(let intervention):
                if intervention.item.isEmpty {
                    missing(intervention.line, "intervention \(intervention.key) has no `item:`")
                }
                if intervention.speakers.isEmpty {
                    missing(intervention.line, "intervention \(intervention.key) has no `by:`")
                }
                if intervention.text.isEmpty {
                    missing(intervention.line, "intervention \(intervention.key) has no `text:`")
                }
                for ask in intervention.asks where ask.text.isEmpty {
                    missing(ask.line, "ask \(ask.key) has no `text:`")
                }
            case .response(let response):
                if response.item.isEmpty { missing(response.line, "response \(response.key) has no `item:`") }
                if response.text.isEmpty { missing(response.line, "response \(response.key) has no `text:`") }
            }
        }
        for commitment in record.commitments where commitment.text.isEmpty {
            missing(commitment.line, "commitment \(commitment.key) has no `text:`")
        }
        return diagnostics.count == errorsBefore ? record : nil
    }

    mutating func error(_ message: String) {
        diagnostics.append(Diagnostic(file: file, line: lineNumber, .error, message))
    }

    /// "a: b" -> ("a", "b"), both trimmed; without the separator, (all, "").
    func split(_ text: String, at separator: Character) -> (String, String) {
        guard let index = text.firstIndex(of: separator) else { return (text.trimmingSpaces(), "") }
        return (text[..<index].trimmingSpaces(), text[text.index(after: index)...].trimmingSpaces())
    }
}
