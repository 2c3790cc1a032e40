/// A body the secretariat adds beside the shipped ones (the Bureau of the Executive
/// Board, the old Governing Council): its code and the settings `body set` changes
/// later. The record format carries one as a `body` block, so that a meeting of an
/// added body imports into a database that has never heard of it.
public struct NewBody: Sendable, Equatable {
    public var code: String
    /// The full name as it reads after "the".
    public var name: String
    public var shortName: String
    /// The code of the body it belongs to (EB for the Bureau of the Executive Board).
    public var parent: String?
    public var meetingNumbering: MeetingNumbering
    public var meetingNoun: String
    public var ordinalStyle: OrdinalStyle = .words
    public var timeStyle: TimeStyle = .twelveHour
    public var timeZoneLabel = "EAT"
    public var timeZoneName = "East Africa Time"
    public var attributionStyle: AttributionStyle = .anonymous
    public var secretariatWord = "secretariat"
    public var documentLeadDays = 42
    public var symbolPrefix: String
    public var distribution: Distribution = .general

    /// A body with the house defaults: a short name of "the" and its name, meetings
    /// called sessions when numbered by session, documents under "HSP/" and its code.
    public init(
        code: String, name: String, shortName: String? = nil, parent: String? = nil,
        meetingNumbering: MeetingNumbering, meetingNoun: String? = nil, symbolPrefix: String? = nil
    ) {
        self.code = code
        self.name = name
        self.shortName = shortName ?? "the " + name
        self.parent = parent
        self.meetingNumbering = meetingNumbering
        self.meetingNoun =
            meetingNoun
            ?? (meetingNumbering == .session || meetingNumbering == .yearSession ? "session" : "meeting")
        self.symbolPrefix = symbolPrefix ?? "HSP/" + code
    }

    /// A stored body's settings; its parent is left for the caller, who knows its code.
    init(_ body: Body) {
        self.init(
            code: body.code, name: body.name, shortName: body.shortName, meetingNumbering: body.meetingNumbering,
            meetingNoun: body.meetingNoun, symbolPrefix: body.symbolPrefix)
        ordinalStyle = body.ordinalStyle
        timeStyle = body.timeStyle
        timeZoneLabel = body.timeZoneLabel
        timeZoneName = body.timeZoneName
        attributionStyle = body.attributionStyle
        secretariatWord = body.secretariatWord
        documentLeadDays = body.documentLeadDays
        distribution = body.distribution
    }

    /// The settings as the record format and `body show` name them, in the order the
    /// record format writes them, each as written there; the parent is not among them.
    public var settings: [(name: String, value: String)] {
        [
            ("name", name),
            ("short-name", shortName),
            ("numbering", kebab(meetingNumbering.rawValue)),
            ("meeting-noun", meetingNoun),
            ("ordinals", ordinalStyle.rawValue),
            ("time-style", kebab(timeStyle.rawValue)),
            ("time-zone", timeZoneLabel),
            ("time-zone-name", timeZoneName),
            ("attribution", attributionStyle.rawValue),
            ("secretariat-word", secretariatWord),
            ("document-lead-days", String(documentLeadDays)),
            ("symbol-prefix", symbolPrefix),
            ("distribution", distribution.rawValue),
        ]
    }

    private func kebab(_ camel: String) -> String {
        camel.reduce(into: "") { result, character in
            if character.isUppercase { result += "-" + character.lowercased() } else { result.append(character) }
        }
    }

    /// Refuses what a body cannot be, naming the field, the value and what to write instead.
    func check() throws {
        try Self.checkCode(code, field: "code")
        for (field, value) in [(InputField.bodyName, name), (.shortName, shortName), (.symbolPrefix, symbolPrefix)] {
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw RapporteurError.invalid("\(field: field) is empty; give \(field.words)")
            }
            guard !value.contains(where: \.isNewline) else {
                throw RapporteurError.invalid("\(field: field) '\(value)' holds a line break; write it on one line")
            }
        }
        guard !symbolPrefix.contains(" ") else {
            throw RapporteurError.invalid(
                "\(field: .symbolPrefix) '\(symbolPrefix)' holds a space; write it as document symbols start (HSP/GC)")
        }
        guard ["meeting", "session"].contains(meetingNoun) else {
            throw RapporteurError.invalid("\(field: .meetingNoun) must be meeting or session, not '\(meetingNoun)'")
        }
        guard ["Secretariat", "secretariat"].contains(secretariatWord) else {
            throw RapporteurError.invalid(
                "\(field: .secretariatWord) must be Secretariat or secretariat, not '\(secretariatWord)'")
        }
        guard (0...365).contains(documentLeadDays) else {
            throw RapporteurError.invalid(
                "\(field: .documentLeadDays) must be 0 to 365 days, not \(documentLeadDays)")
        }
        if let parent, parent.uppercased() == code.uppercased() {
            throw RapporteurError.invalid(
                "\(field: .parentBody) '\(parent)' is the body itself, which cannot be part of itself; leave it out or name another"
            )
        }
    }

    /// A code is capitals and digits in parts joined by dashes (GC, OEWG-H, EB-BUREAU),
    /// none of them all digits, so that a meeting's handle (GC-20, EB-2024-2) reads back
    /// as one body and its numbers.
    static func checkCode(_ code: String, field: String) throws {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        let isWellFormed =
            (1...16).contains(code.count)
            && parts.allSatisfy { part in
                !part.isEmpty && part.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
            }
            && parts.allSatisfy { part in !part.allSatisfy(\.isNumber) }
        guard isWellFormed else {
            let suggestion = code.uppercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
            let hint = suggestion != code && (try? checkCode(suggestion, field: field)) != nil ? " (\(suggestion))" : ""
            throw RapporteurError.invalid(
                "\(field) '\(code)' is not a body code; write capitals and digits, parts joined by dashes, "
                    + "none all digits, up to 16 characters, as GC or EB-BUREAU\(hint)")
        }
    }
}
