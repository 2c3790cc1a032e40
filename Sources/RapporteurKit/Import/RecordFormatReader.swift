/// Reads the record format line by line and hands over each meeting as soon as its
/// block ends, so that a corpus of any size streams through in little memory. Every
/// problem becomes a diagnostic with its line; reading goes on to find the rest.
/// Values are read back through `RecordFormatEscape`; a NUL, raw or escaped, and a
/// file without a meeting are errors.
public struct RecordFormatReader {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    private var meeting: RecordFile?
    private var meetingHasDates = false
    /// The block the field lines below belong to.
    private enum Block {
        case meeting, item(provisional: Bool), intervention, ask, response, commitment, none
    }
    private var block: Block = .none
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
            diagnostics.append(Diagnostic(file: file, line: 1, .error,
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
            block = .meeting
            return finished
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
        case "intervention":
            guard requireMeeting(keyword), let key = requireKey(rest, "I") else { return nil }
            meeting!.entries.append(.intervention(.init(key: key, item: "", speakers: [], kind: .comment, text: "", line: lineNumber)))
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
            meeting!.entries.append(.response(.init(key: key, item: "", text: "", line: lineNumber)))
            block = .response
        case "commitment":
            guard requireMeeting(keyword), let key = requireKey(rest, "A") else { return nil }
            meeting!.commitments.append(.init(key: key, text: "", line: lineNumber))
            block = .commitment
        default:
            error("unknown line '\(keyword)'; a block starts with meeting, decision, item, provisional-item, "
                + "intervention, ask, response or commitment, and its fields are indented")
            block = .none
        }
        return nil
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
              bytes.dropFirst().allSatisfy({ (0x30...0x39).contains($0) }) else {
            error("'\(key)' is not a key; write it as \(letter)1, \(letter)2, …")
            block = .none
            return nil
        }
        return key
    }

    // MARK: Fields

    private mutating func malformedField(_ line: String) {
        error("a field is written `name: value`, not '\(line)'")
    }

    private mutating func field(_ name: String, _ written: String) {
        guard !written.isEmpty else {
            error("the field '\(name)' has no value")
            return
        }
        // A time zone's label and name are split at the first comma as written, then read.
        guard let value = name == "time-zone" ? written : text(written) else { return }
        switch block {
        case .none: error("the field '\(name)' belongs to no block")
        case .meeting: meetingField(name, value)
        case .item(let provisional): itemField(name, value, provisional: provisional)
        case .intervention: interventionField(name, value)
        case .ask: askField(name, value)
        case .response: responseField(name, value)
        case .commitment: commitmentField(name, value)
        }
    }

    private mutating func meetingField(_ name: String, _ value: String) {
        switch name {
        case "body": meeting!.body = value
        case "number": meeting!.number = integer(value, name)
        case "session": meeting!.session = integer(value, name)
        case "year": meeting!.year = integer(value, name)
        case "dates":
            let parts = value.components(separatedBy: " to ")
            guard parts.count <= 2 else {
                return error("write dates as `dates: 2024-10-16` or `dates: 2024-12-04 to 2024-12-06`, not '\(value)'")
            }
            guard let first = date(parts[0]), let last = parts.count == 2 ? date(parts[1]) : first else { return }
            meeting!.startDate = first
            meeting!.endDate = last
            meetingHasDates = true
        case "times":
            let parts = value.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard (1...2).contains(parts.count), !parts.contains(where: \.isEmpty) else {
                return error("write times as `times: 10:00-13:00` or `times: 10:00`, not '\(value)'")
            }
            meeting!.startTime = time(parts[0])
            if parts.count > 1 { meeting!.endTime = time(parts[1]) }
        case "time-zone":
            let (writtenLabel, writtenName) = split(value, at: ",")
            guard let label = text(writtenLabel), let zoneName = text(writtenName) else { return }
            meeting!.timeZoneLabel = label
            meeting!.timeZoneName = zoneName.isEmpty ? nil : zoneName
        case "opened": meeting!.openedAt = time(value)
        case "adjourned": meeting!.adjournedAt = time(value)
        case "venue": meeting!.venue = value
        case "modality":
            guard let modality = Modality.allCases.first(where: { RecordFormatValues.modality($0) == value }) else {
                return error("modality must be in-person, hybrid or online, not '\(value)'")
            }
            meeting!.modality = modality
        case "chair": meeting!.chair = value
        case "chair-function": meeting!.chairFunction = value
        case "chair-delegation": meeting!.chairDelegation = value
        case "status":
            guard let status = MeetingStatus.allCases.first(where: { RecordFormatValues.kebab($0.rawValue) == value }) else {
                return error("status must be planned, agenda-issued, held, summary-drafted or summary-final, not '\(value)'")
            }
            meeting!.status = status
        case "agenda":
            guard let status = AgendaStatus.allCases.first(where: { RecordFormatValues.agendaStatus($0) == value }) else {
                return error("agenda must be provisional, adopted or adopted as amended, not '\(value)'")
            }
            meeting!.agendaStatus = status
        default: unknownField(name, "meeting")
        }
    }

    private mutating func itemField(_ name: String, _ value: String, provisional: Bool) {
        func update(_ change: (inout RecordFile.Item) -> Void) {
            if provisional {
                change(&meeting!.provisionalAgenda![meeting!.provisionalAgenda!.count - 1])
            } else {
                change(&meeting!.agenda[meeting!.agenda.count - 1])
            }
        }
        switch name {
        case "resolution": update { $0.resolutions.append(value) }
        case "decision": update { $0.decisions.append(value) }
        case "document": update { $0.documents.append(value) }
        default: unknownField(name, "item")
        }
    }

    private mutating func interventionField(_ name: String, _ value: String) {
        guard case .intervention? = meeting!.entries.last,
              case .intervention(var intervention) = meeting!.entries.removeLast() else { return }
        // Taken out and put back rather than copied and written back: a copy shares its
        // arrays with the entry, so every field that added to one copied it.
        defer { meeting!.entries.append(.intervention(intervention)) }
        switch name {
        case "item": intervention.item = value
        case "by": intervention.speakers.append(value)
        case "kind":
            guard let kind = InterventionKind(rawValue: value) else {
                return error("kind must be one of \(InterventionKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
            }
            intervention.kind = kind
        case "named":
            guard value == "yes" || value == "no" else { return error("named is yes or no, not '\(value)'") }
            intervention.named = value == "yes"
        case "pledge":
            let parts = value.split(separator: " ").map(String.init)
            for part in parts {
                if part.first?.isNumber == true { intervention.pledgeAmount = part } else { intervention.pledgeCurrency = part }
            }
        case "paragraph": intervention.sourceParagraph = integer(value, name)
        case "text": intervention.text = value
        default:
            guard let reference = reference(name, value) else { return unknownField(name, "intervention") }
            intervention.references.append(reference)
        }
    }

    private mutating func askField(_ name: String, _ value: String) {
        guard case .intervention? = meeting!.entries.last,
              case .intervention(var intervention) = meeting!.entries.removeLast() else { return }
        guard !intervention.asks.isEmpty else {
            meeting!.entries.append(.intervention(intervention))
            return
        }
        var ask = intervention.asks.removeLast()
        // As for an intervention's fields: taken out and put back.
        defer {
            intervention.asks.append(ask)
            meeting!.entries.append(.intervention(intervention))
        }
        switch name {
        case "text": ask.text = value
        case "note": ask.note = value
        case "status":
            if value == "withdrawn" {
                ask.closed = .withdrawn
            } else if value.hasPrefix("superseded by ") {
                ask.closed = .superseded
                ask.supersededBy = String(value.dropFirst("superseded by ".count))
            } else {
                error("an ask's status is `withdrawn` or `superseded by Q…`; answers set the others")
            }
        default: unknownField(name, "ask")
        }
    }

    private mutating func responseField(_ name: String, _ value: String) {
        guard case .response? = meeting!.entries.last,
              case .response(var response) = meeting!.entries.removeLast() else { return }
        // As for an intervention's fields: taken out and put back.
        defer { meeting!.entries.append(.response(response)) }
        switch name {
        case "item": response.item = value
        case "unit": response.unit = value
        case "paragraph": response.sourceParagraph = integer(value, name)
        case "text": response.text = value
        case "answers":
            let words = value.split(separator: " ").map(String.init)
            var answer = RecordFile.Answer(ask: words[0], extent: .full)
            for word in words.dropFirst() {
                switch word {
                case "partial": answer.extent = .partial
                case "full": answer.extent = .full
                case "inferred": answer.inferred = true
                default:
                    guard let confidence = Double(word), (0...1).contains(confidence) else {
                        return error("write an answer as `answers: Q3`, `answers: Q3 partial` or "
                            + "`answers: PBA-55/Q3 partial inferred 0.72`, not '\(value)'")
                    }
                    answer.confidence = confidence
                }
            }
            response.answers.append(answer)
        default:
            guard let reference = reference(name, value) else { return unknownField(name, "response") }
            response.references.append(reference)
        }
    }

    private mutating func commitmentField(_ name: String, _ value: String) {
        var commitment = meeting!.commitments.removeLast()
        defer { meeting!.commitments.append(commitment) }
        switch name {
        case "from": commitment.origin = value
        case "owner": commitment.owner = value
        case "due":
            if value == "upon request" {
                commitment.due = .uponRequest
            } else if value.hasPrefix("by ") {
                commitment.due = .meeting(String(value.dropFirst(3)))
            } else if let day = date(value) {
                commitment.due = .date(day)
            }
        case "status":
            guard let status = CommitmentStatus(rawValue: value) else {
                return error("a commitment's status is open, done or cancelled, not '\(value)'")
            }
            commitment.status = status
        case "done":
            let words = value.split(separator: " ").map(String.init)
            var index = 0
            while index + 1 < words.count {
                switch words[index] {
                case "at": commitment.doneAt = words[index + 1]
                case "on": commitment.doneOn = date(words[index + 1])
                default: return error("write `done: at EB-2024-2 on 2024-12-04`, `done: at EB-2024-2` or `done: on 2024-12-20`")
                }
                index += 2
            }
            if index != words.count { error("write `done: at EB-2024-2 on 2024-12-04`, `done: at EB-2024-2` or `done: on 2024-12-20`") }
        case "note": commitment.note = value
        case "paragraph": commitment.sourceParagraph = integer(value, name)
        case "text": commitment.text = value
        default:
            guard let reference = reference(name, value) else { return unknownField(name, "commitment") }
            commitment.references.append(reference)
        }
    }

    // MARK: Values

    /// "2/7", "2/7 OP3", "2/7 (detected)", "2024/3 (inherited)", "HSP/EB.2024/14".
    private mutating func reference(_ name: String, _ value: String) -> RecordFile.Reference? {
        guard let kind = RecordFile.Reference.Kind(rawValue: name) else { return nil }
        var text = value
        var source = RecordReference.Source.explicit
        // A trailing "(detected)" or "(inherited)" is the source; any other parenthesis
        // belongs to the value, as in a sub-paragraph "OP2 (a)".
        if let open = text.lastIndex(of: "("), text.hasSuffix(")"),
           let parsed = RecordReference.Source(rawValue: String(text[text.index(after: open)..<text.index(before: text.endIndex)])) {
            source = parsed
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        }
        var paragraph = ""
        if kind == .resolution, let range = Self.range(of: " OP", in: text) {
            paragraph = String(text[range.upperBound...])
            text = String(text[..<range.lowerBound])
        }
        return RecordFile.Reference(kind: kind, key: text, paragraph: paragraph, source: source)
    }

    /// Foundation's `range(of:)`, without its trip through NSString for ASCII text,
    /// where a match of ASCII bytes is a match of Characters.
    private static func range(of target: String, in text: String) -> Range<String.Index>? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.range(of: target) }
        let bytes = Array(text.utf8), wanted = Array(target.utf8)
        guard bytes.count >= wanted.count else { return nil }
        for start in 0...(bytes.count - wanted.count) where bytes[start..<start + wanted.count].elementsEqual(wanted) {
            let lower = text.utf8.index(text.startIndex, offsetBy: start)
            return lower..<text.utf8.index(lower, offsetBy: wanted.count)
        }
        return nil
    }

    private mutating func integer(_ value: String, _ name: String) -> Int? {
        guard let number = Int(value), number > 0 else {
            error("\(name) must be a positive whole number, not '\(value)'")
            return nil
        }
        return number
    }

    private mutating func date(_ value: String) -> CalendarDate? {
        do {
            return try CalendarDate.parse(value.trimmingSpaces())
        } catch {
            self.error((error as? TextError)?.message ?? "\(error)")
            return nil
        }
    }

    private mutating func time(_ value: String) -> ClockTime? {
        do {
            return try ClockTime.parse(value)
        } catch {
            self.error((error as? TextError)?.message ?? "\(error)")
            return nil
        }
    }

    /// A value as written, read back through the escapes; nil, with an error, at a NUL.
    private mutating func text(_ written: String) -> String? {
        do {
            return try RecordFormatEscape.unescaped(written)
        } catch let nul {
            error("this value holds a NUL character (U+0000) at character \(nul.position), which a record cannot keep; remove it")
            return nil
        }
    }

    private mutating func unknownField(_ name: String, _ block: String) {
        error("unknown field '\(name)' in a \(block)")
    }

    // MARK: Meeting end

    /// Checks the finished meeting for what every block must have.
    private mutating func closeMeeting() -> RecordFile? {
        defer { meeting = nil }
        guard let record = meeting else { return nil }
        let errorsBefore = diagnostics.count
        func missing(_ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: line, .error, message))
        }
        if record.body.isEmpty { missing(record.line, "meeting \(record.handle) has no `body:`") }
        if !meetingHasDates { missing(record.line, "meeting \(record.handle) has no `dates:`") }
        for entry in record.entries {
            switch entry {
            case .intervention(let intervention):
                if intervention.item.isEmpty { missing(intervention.line, "intervention \(intervention.key) has no `item:`") }
                if intervention.speakers.isEmpty { missing(intervention.line, "intervention \(intervention.key) has no `by:`") }
                if intervention.text.isEmpty { missing(intervention.line, "intervention \(intervention.key) has no `text:`") }
                for ask in intervention.asks where ask.text.isEmpty { missing(ask.line, "ask \(ask.key) has no `text:`") }
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

    private mutating func error(_ message: String) {
        diagnostics.append(Diagnostic(file: file, line: lineNumber, .error, message))
    }

    /// "a: b" -> ("a", "b"), both trimmed; without the separator, (all, "").
    private func split(_ text: String, at separator: Character) -> (String, String) {
        guard let index = text.firstIndex(of: separator) else { return (text.trimmingSpaces(), "") }
        return (text[..<index].trimmingSpaces(), text[text.index(after: index)...].trimmingSpaces())
    }
}
