/// Writes record files in one canonical layout: the same record always gives the
/// same bytes, so an export, an import and another export agree. Every value is
/// written through `RecordFormatEscape`, so that no text can end its line or start
/// another block.
public enum RecordFormatWriter {
    public static func write(_ records: [RecordFile]) -> String {
        var out = RecordFormat.header + "\n"
        for record in records { write(record, to: &out) }
        return out
    }

    private static func write(_ record: RecordFile, to out: inout String) {
        out += "\nmeeting \(escaped(record.handle))\n"
        field("body", record.body, &out)
        field("number", record.number.map(String.init), &out)
        field("session", record.session.map(String.init), &out)
        field("year", record.year.map(String.init), &out)
        field(
            "dates",
            record.startDate == record.endDate
                ? record.startDate.iso : "\(record.startDate.iso) to \(record.endDate.iso)", &out)
        if let start = record.startTime {
            field("times", record.endTime.map { "\(start.hhmm)-\($0.hhmm)" } ?? start.hhmm, &out)
        }
        if let label = record.timeZoneLabel, !label.isEmpty || record.timeZoneName != nil {
            // The label's own commas are escaped: the first comma ends it.
            let name = record.timeZoneName.map { ", " + escaped($0) } ?? ""
            out += "  time-zone: \(RecordFormatEscape.escaped(label, alsoEscaping: [","]))\(name)\n"
        }
        field("opened", record.openedAt?.hhmm, &out)
        field("adjourned", record.adjournedAt?.hhmm, &out)
        field("venue", record.venue, &out)
        field("modality", RecordFormatValues.modality(record.modality), &out)
        field("chair", record.chair, &out)
        field("chair-function", record.chairFunction, &out)
        field("chair-delegation", record.chairDelegation, &out)
        field("opening", record.openingTitle, &out)
        record.openingAnnotation.forEach { field("opening-annotation", $0, &out) }
        field("status", RecordFormatValues.kebab(record.status.rawValue), &out)
        field("agenda", RecordFormatValues.agendaStatus(record.agendaStatus), &out)
        field("published-style", record.publishedStyle?.rawValue, &out)
        if let definition = record.bodyDefinition { write(definition, &out) }
        if !record.documents.isEmpty { out += "\n" }
        for document in record.documents {
            out +=
                "document \(RecordFormatValues.kebab(document.kind.rawValue))"
                + (document.symbol.map { ": \(escaped($0))" } ?? "") + "\n"
            field("issued", document.issued?.iso, &out)
            field("item", document.item, &out)
        }
        if !record.decisions.isEmpty { out += "\n" }
        for decision in record.decisions {
            out +=
                "decision \(decision.body) \(decision.key)" + (decision.title.map { ": \(escaped($0))" } ?? "") + "\n"
        }
        if !record.agenda.isEmpty { out += "\n" }
        for item in record.agenda { write(item, "item", &out) }
        if record.provisionalAgenda != nil { out += "\n" }
        for item in record.provisionalAgenda ?? [] { write(item, "provisional-item", &out) }
        // A meeting of one day has all its records here; a session of several has none
        // outside its days.
        writeRecords(of: record, day: nil, &out)
        for day in record.days {
            out += "\nday \(day.number) \(day.date.iso)\n"
            writeRecords(of: record, day: day.number, &out)
        }
    }

    /// The paragraphs, entries and commitments of one day, or of a meeting without days.
    private static func writeRecords(of record: RecordFile, day: Int?, _ out: inout String) {
        for paragraph in record.publishedParagraphs where paragraph.day == day {
            out += "\nparagraph \(paragraph.number)\n"
            field("item", paragraph.item, &out)
            if paragraph.edited { field("edited", "yes", &out) }
            field("text", paragraph.text, &out)
        }
        for entry in record.entries {
            switch entry {
            case .intervention(let intervention) where intervention.day == day: write(intervention, &out)
            case .response(let response) where response.day == day: write(response, &out)
            default: break
            }
        }
        for commitment in record.commitments where commitment.day == day { write(commitment, &out) }
    }

    /// An added body's definition, every setting written, in the order `NewBody.settings` gives.
    private static func write(_ body: NewBody, _ out: inout String) {
        out += "\nbody \(escaped(body.code))\n"
        field("name", body.name, &out)
        field("short-name", body.shortName, &out)
        field("part-of", body.parent, &out)
        field("numbering", RecordFormatValues.kebab(body.meetingNumbering.rawValue), &out)
        field("meeting-noun", body.meetingNoun, &out)
        field("ordinals", body.ordinalStyle.rawValue, &out)
        field("time-style", RecordFormatValues.kebab(body.timeStyle.rawValue), &out)
        out +=
            "  time-zone: \(RecordFormatEscape.escaped(body.timeZoneLabel, alsoEscaping: [","])), "
            + "\(escaped(body.timeZoneName))\n"
        field("attribution", body.attributionStyle.rawValue, &out)
        field("secretariat-word", body.secretariatWord, &out)
        field("document-lead-days", String(body.documentLeadDays), &out)
        field("symbol-prefix", body.symbolPrefix, &out)
        field("distribution", body.distribution.rawValue, &out)
    }

    private static func write(_ item: RecordFile.Item, _ keyword: String, _ out: inout String) {
        out += "\(keyword) \(item.label): \(escaped(item.title))\n"
        item.resolutions.forEach { field("resolution", $0, &out) }
        item.decisions.forEach { field("decision", $0, &out) }
        item.documents.forEach { field("document", $0, &out) }
        item.annotation.forEach { field("annotation", $0, &out) }
    }

    private static func write(_ intervention: RecordFile.Intervention, _ out: inout String) {
        out += "\nintervention \(intervention.key)\n"
        field("item", intervention.item, &out)
        intervention.speakers.forEach { field("by", $0, &out) }
        field("kind", intervention.kind.rawValue, &out)
        if intervention.named { field("named", "yes", &out) }
        if intervention.pledgeAmount != nil || intervention.pledgeCurrency != nil {
            field(
                "pledge",
                [intervention.pledgeAmount, intervention.pledgeCurrency].compactMap { $0 }.joined(separator: " "), &out)
        }
        field("paragraph", intervention.sourceParagraph.map(String.init), &out)
        write(intervention.references, &out)
        field("text", intervention.text, &out)
        for ask in intervention.asks {
            out += "ask \(ask.key)\n"
            field("text", ask.text, &out)
            switch ask.closed {
            case .withdrawn?: field("status", "withdrawn", &out)
            case .superseded?: field("status", "superseded by \(ask.supersededBy ?? "?")", &out)
            default: break
            }
            field("note", ask.note, &out)
        }
    }

    private static func write(_ response: RecordFile.Response, _ out: inout String) {
        out += "\nresponse \(response.key)\n"
        field("item", response.item, &out)
        field("unit", response.unit, &out)
        field("paragraph", response.sourceParagraph.map(String.init), &out)
        for answer in response.answers {
            var value = answer.ask
            if answer.extent == .partial { value += " partial" }
            if answer.inferred { value += " inferred" }
            if let confidence = answer.confidence { value += " " + RecordFormatValues.confidence(confidence) }
            if answer.inferred && answer.confirmed { value += " confirmed" }
            field("answers", value, &out)
        }
        write(response.references, &out)
        field("text", response.text, &out)
    }

    private static func write(_ commitment: RecordFile.Commitment, _ out: inout String) {
        out += "\ncommitment \(commitment.key)\n"
        field("from", commitment.origin, &out)
        field("owner", commitment.owner, &out)
        field("due", RecordFormatValues.due(commitment.due), &out)
        field("status", commitment.status.rawValue, &out)
        if commitment.status == .done {
            let done = [commitment.doneAt.map { "at \($0)" }, commitment.doneOn.map { "on \($0.iso)" }].compactMap {
                $0
            }
            field("done", done.joined(separator: " "), &out)
        }
        field("note", commitment.note, &out)
        field("paragraph", commitment.sourceParagraph.map(String.init), &out)
        write(commitment.references, &out)
        field("text", commitment.text, &out)
    }

    private static func write(_ references: [RecordFile.Reference], _ out: inout String) {
        for reference in references {
            var value = reference.key
            if !reference.paragraph.isEmpty { value += " OP\(reference.paragraph)" }
            if reference.source != .explicit { value += " (\(reference.source.rawValue))" }
            field(reference.kind.rawValue, value, &out)
        }
    }

    private static func field(_ name: String, _ value: String?, _ out: inout String) {
        guard let value, !value.isEmpty else { return }
        out += "  \(name): \(escaped(value))\n"
    }

    private static func escaped(_ value: String) -> String {
        RecordFormatEscape.escaped(value)
    }
}
