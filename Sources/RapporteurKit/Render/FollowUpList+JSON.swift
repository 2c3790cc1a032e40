/// The follow-up list as `--json` prints it, written with `JSONWriter` rather than
/// `JSONEncoder`. The bytes are those `JSONEncoder` writes for the `Codable`
/// types (pretty, sorted keys, slashes unescaped): keys in sorted order, nil optionals
/// left out. A field added to these types must be added here too;
/// `FollowUpJSONTests` compares the two.
extension FollowUpList {
    public var json: String { String(decoding: jsonBytes, as: UTF8.self) }

    /// `json` as UTF-8 bytes, for printing without making a String of a few megabytes first.
    public var jsonBytes: [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("asOf", asOf.iso)
        writer.key("asks")
        writer.beginArray()
        for ask in asks { Self.write(ask, to: &writer) }
        writer.endArray()
        writer.key("commitments")
        writer.beginArray()
        for commitment in commitments { Self.write(commitment, to: &writer) }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }

    private static func write(_ ask: FollowUpAsk, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("ageDays", ask.ageDays)
        writer.key("answers")
        writer.beginArray()
        for answer in ask.answers { write(answer, to: &writer) }
        writer.endArray()
        writer.member("body", ask.body)
        writer.member("date", ask.date.iso)
        writer.member("decisions", ask.decisions)
        writer.member("id", ask.id)
        writer.member("intervention", ask.intervention)
        writer.member("item", ask.item)
        writer.member("kind", ask.kind.rawValue)
        writer.member("meeting", ask.meeting)
        writer.member("named", ask.named)
        writer.member("paragraphs", ask.paragraphs)
        writer.member("resolutions", ask.resolutions)
        writer.member("sourceParagraph", ask.sourceParagraph)
        writer.key("speakerDetails")
        writer.beginArray()
        for speaker in ask.speakerDetails {
            writer.beginObject()
            writer.member("identity", speaker.identity)
            writer.member("kind", speaker.kind.rawValue)
            writer.member("name", speaker.name)
            writer.endObject()
        }
        writer.endArray()
        writer.member("speakers", ask.speakers)
        writer.member("status", ask.status.rawValue)
        writer.member("text", ask.text)
        writer.endObject()
    }

    private static func write(_ answer: AnswerView, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("ask", answer.ask)
        writer.member("confidence", answer.confidence)
        writer.member("extent", answer.extent.rawValue)
        writer.member("inferred", answer.inferred)
        writer.member("meeting", answer.meeting)
        writer.member("response", answer.response)
        writer.member("responseParagraph", answer.responseParagraph)
        writer.member("state", answer.state.rawValue)
        writer.endObject()
    }

    private static func write(_ commitment: CommitmentView, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("ageDays", commitment.ageDays)
        writer.member("body", commitment.body)
        writer.member("date", commitment.date.iso)
        writer.member("decisions", commitment.decisions)
        writer.member("documents", commitment.documents)
        writer.member("doneAt", commitment.doneAt)
        writer.member("doneOn", commitment.doneOn?.iso)
        writer.member("due", commitment.due)
        writer.member("dueDate", commitment.dueDate?.iso)
        writer.member("dueMeeting", commitment.dueMeeting)
        writer.member("dueMeetingDate", commitment.dueMeetingDate?.iso)
        writer.member("id", commitment.id)
        writer.member("item", commitment.item)
        writer.member("meeting", commitment.meeting)
        writer.member("note", commitment.note)
        writer.member("origin", commitment.origin)
        writer.member("overdue", commitment.overdue)
        writer.member("owner", commitment.owner)
        writer.member("paragraphs", commitment.paragraphs)
        writer.member("resolutions", commitment.resolutions)
        writer.member("status", commitment.status.rawValue)
        writer.member("text", commitment.text)
        writer.endObject()
    }
}
