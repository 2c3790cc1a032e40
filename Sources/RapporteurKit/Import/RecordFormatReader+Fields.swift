/// The indented `name: value` lines, read into the block they belong to.
extension RecordFormatReader {
    mutating func malformedField(_ line: String) {
        error("a field is written `name: value`, not '\(line)'")
    }

    mutating func field(_ name: String, _ written: String) {
        guard !written.isEmpty else {
            error("the field '\(name)' has no value")
            return
        }
        // A time zone's label and name are split at the first comma as written, then read.
        guard let value = name == "time-zone" ? written : text(written) else { return }
        switch block {
        case .none: error("the field '\(name)' belongs to no block")
        case .meeting: meetingField(name, value)
        case .body: bodyField(name, value)
        case .document: documentField(name, value)
        case .item(let provisional): itemField(name, value, provisional: provisional)
        case .paragraph: paragraphField(name, value)
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
            let parts = value.split(separator: "-", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
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
        case "opening": meeting!.openingTitle = value
        case "opening-annotation": meeting!.openingAnnotation.append(value)
        case "status":
            guard let status = MeetingStatus.allCases.first(where: { RecordFormatValues.kebab($0.rawValue) == value })
            else {
                return error(
                    "status must be planned, agenda-issued, held, summary-drafted or summary-final, not '\(value)'")
            }
            meeting!.status = status
        case "agenda":
            guard let status = AgendaStatus.allCases.first(where: { RecordFormatValues.agendaStatus($0) == value })
            else {
                return error("agenda must be provisional, adopted or adopted as amended, not '\(value)'")
            }
            meeting!.agendaStatus = status
        case "published-style":
            guard let style = AttributionStyle(rawValue: value) else {
                return error("published-style must be anonymous, capitals or named, not '\(value)'")
            }
            meeting!.publishedStyle = style
        default: unknownField(name, "meeting")
        }
    }

    /// A field of an added body's definition, as `RecordFormatWriter` writes it.
    private mutating func bodyField(_ name: String, _ value: String) {
        func choice<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> T? where T.RawValue == String {
            if let found = T.allCases.first(where: { RecordFormatValues.kebab($0.rawValue) == value }) {
                return found
            }
            let names = T.allCases.map { RecordFormatValues.kebab($0.rawValue) }
            error("\(name) must be one of \(names.joined(separator: ", ")), not '\(value)'")
            return nil
        }
        var body = meeting!.bodyDefinition!
        defer { meeting!.bodyDefinition = body }
        if bodyFields.contains(name) {
            return error("the body's \(name) is given already; give it once")
        }
        switch name {
        case "name": body.name = value
        case "short-name": body.shortName = value
        case "part-of": body.parent = value
        case "numbering":
            guard let numbering = choice(MeetingNumbering.self) else { return }
            body.meetingNumbering = numbering
        case "meeting-noun": body.meetingNoun = value
        case "ordinals":
            guard let style = choice(OrdinalStyle.self) else { return }
            body.ordinalStyle = style
        case "time-style":
            guard let style = choice(TimeStyle.self) else { return }
            body.timeStyle = style
        case "time-zone":
            let (writtenLabel, writtenName) = split(value, at: ",")
            guard let label = text(writtenLabel), let zoneName = text(writtenName) else { return }
            body.timeZoneLabel = label
            body.timeZoneName = zoneName
        case "attribution":
            guard let style = choice(AttributionStyle.self) else { return }
            body.attributionStyle = style
        case "secretariat-word": body.secretariatWord = value
        case "document-lead-days":
            guard let days = integer(value, name) else { return }
            body.documentLeadDays = days
        case "symbol-prefix": body.symbolPrefix = value
        case "distribution":
            guard let distribution = choice(Distribution.self) else { return }
            body.distribution = distribution
        default: return unknownField(name, "body")
        }
        bodyFields.insert(name)
    }

    private mutating func paragraphField(_ name: String, _ value: String) {
        let last = meeting!.publishedParagraphs.count - 1
        switch name {
        case "item": meeting!.publishedParagraphs[last].item = value
        case "text": meeting!.publishedParagraphs[last].text = value
        case "edited":
            guard value == "yes" || value == "no" else {
                return error("edited must be yes or no, not '\(value)'")
            }
            meeting!.publishedParagraphs[last].edited = value == "yes"
        default: unknownField(name, "paragraph")
        }
    }

    private mutating func documentField(_ name: String, _ value: String) {
        let last = meeting!.documents.count - 1
        switch name {
        case "issued": meeting!.documents[last].issued = date(value)
        case "item": meeting!.documents[last].item = value
        default: unknownField(name, "document")
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
        case "annotation":
            // The annotated agenda annotates the agenda as it stands; the text issued
            // before adoption is its items alone.
            guard !provisional else {
                return error("an annotation belongs under an item of the agenda, not under a provisional-item")
            }
            update { $0.annotation.append(value) }
        default: unknownField(name, "item")
        }
    }

    private mutating func interventionField(_ name: String, _ value: String) {
        guard case .intervention? = meeting!.entries.last,
            case .intervention(var intervention) = meeting!.entries.removeLast()
        else { return }
        // Taken out and put back rather than copied and written back: a copy shares its
        // arrays with the entry, so every field that added to one copied it.
        defer { meeting!.entries.append(.intervention(intervention)) }
        switch name {
        case "item": intervention.item = value
        case "by": intervention.speakers.append(value)
        case "kind":
            guard let kind = InterventionKind(rawValue: value) else {
                return error(
                    "kind must be one of \(InterventionKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'"
                )
            }
            intervention.kind = kind
        case "named":
            guard value == "yes" || value == "no" else { return error("named is yes or no, not '\(value)'") }
            intervention.named = value == "yes"
        case "pledge":
            let parts = value.split(separator: " ").map(String.init)
            for part in parts {
                if part.first?.isNumber == true {
                    intervention.pledgeAmount = part
                } else {
                    intervention.pledgeCurrency = part
                }
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
            case .intervention(var intervention) = meeting!.entries.removeLast()
        else { return }
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
            case .response(var response) = meeting!.entries.removeLast()
        else { return }
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
            // An inferred link is a proposal unless the line says it was confirmed.
            var confirmed = false
            for word in words.dropFirst() {
                switch word {
                case "partial": answer.extent = .partial
                case "full": answer.extent = .full
                case "inferred": answer.inferred = true
                case "confirmed": confirmed = true
                default:
                    guard let confidence = Double(word), (0...1).contains(confidence) else {
                        return error(
                            "write an answer as `answers: Q3`, `answers: Q3 partial`, "
                                + "`answers: PBA-55/Q3 partial inferred 0.72` (a proposal) or "
                                + "`answers: Q3 inferred 0.95 confirmed`, not '\(value)'")
                    }
                    answer.confidence = confidence
                }
            }
            answer.confirmed = !answer.inferred || confirmed
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
            } else if value == "as early as possible" {
                commitment.due = .asEarlyAsPossible
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
                default:
                    return error(
                        "write `done: at EB-2024-2 on 2024-12-04`, `done: at EB-2024-2` or `done: on 2024-12-20`")
                }
                index += 2
            }
            if index != words.count {
                error("write `done: at EB-2024-2 on 2024-12-04`, `done: at EB-2024-2` or `done: on 2024-12-20`")
            }
        case "note": commitment.note = value
        case "paragraph": commitment.sourceParagraph = integer(value, name)
        case "text": commitment.text = value
        default:
            guard let reference = reference(name, value) else { return unknownField(name, "commitment") }
            commitment.references.append(reference)
        }
    }
}
