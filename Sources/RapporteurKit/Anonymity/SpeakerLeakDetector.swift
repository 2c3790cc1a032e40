/// Finds the texts of a meeting's record that would reveal a speaker in an anonymous
/// summary (docs/EDITORIAL.md, "Who spoke": a delegation is named only as host or convenor,
/// or when the record marks it to be named).
///
/// The rule, over the meeting's records only:
/// - A speaker is a State among the speakers of the meeting's interventions. Groups
///   ("the African Group") speak as groups and are named in every style; "Member
///   State A" and "Member States" have no name to give away.
/// - A State none of whose interventions is marked to be named must not be named by
///   name, alias or ISO3 code in any text of the meeting: interventions, their asks,
///   responses and commitments. One mention anywhere tells the reader it was in the
///   room, and usually which "Member State" it was.
/// - A State marked to be named in one intervention may be named anywhere, except in
///   the text of an intervention of its own that is not marked: "The same Member State
///   France asked …" still ties the anonymous paragraph to it.
/// - States merely mentioned (a host, a donor thanked, a country where a project runs)
///   did not speak and may be named; so may the Chair's country in the heading, which
///   is not a record's text.
///
/// In the capitals and named styles every State speaker is named, so nothing leaks.
public struct SpeakerLeakDetector: Sendable {
    private let scanner: StateMentionScanner
    private let names: [String: String]

    public init(states: [StateNames]) {
        scanner = StateMentionScanner(states: states)
        names = Dictionary(states.map { ($0.iso3, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The leaks of one meeting, in the order of its paragraphs and records. `style`
    /// defaults to the body's.
    public func leaks(
        in source: MeetingRecordSource, commitments: [CommitmentView] = [],
        style: AttributionStyle? = nil
    ) -> [SpeakerLeak] {
        let style = style ?? source.body.attributionStyle
        guard style == .anonymous else { return [] }
        let texts = SpokenText.texts(of: source, commitments: commitments)
        return Self.numbered(leaks(meeting: source.meeting.handle, texts: texts), texts: texts, in: source)
    }

    /// The leaks among a meeting's texts in the anonymous style, in record order, without
    /// their paragraph numbers (`numbered` adds them): what an import checks, without
    /// writing the summary of every meeting it imports.
    public func leaks(meeting: String, texts: [SpokenText]) -> [SpeakerLeak] {
        var spoke: [String: Bool] = [:]  // ISO3 → named in at least one intervention
        for text in texts where text.isIntervention {
            for iso3 in text.states { spoke[iso3] = (spoke[iso3] ?? false) || text.named }
        }
        guard !spoke.isEmpty else { return [] }
        var leaks: [SpeakerLeak] = []
        for text in texts {
            let own = text.named ? [] : Set(text.states)
            var found: [(iso3: String, words: [String], reason: SpeakerLeak.Reason)] = []
            for mention in scanner.mentions(in: text.text) {
                guard let named = spoke[mention.iso3] else { continue }
                let reason: SpeakerLeak.Reason
                if !named {
                    reason = .speakerNotNamed
                } else if own.contains(mention.iso3) {
                    reason = .namesItsOwnSpeaker
                } else {
                    continue
                }
                if let index = found.firstIndex(where: { $0.iso3 == mention.iso3 }) {
                    if !found[index].words.contains(mention.words) { found[index].words.append(mention.words) }
                } else {
                    found.append((mention.iso3, [mention.words], reason))
                }
            }
            for leak in found {
                leaks.append(
                    SpeakerLeak(
                        meeting: meeting, paragraph: nil, record: text.record,
                        speaker: names[leak.iso3] ?? leak.iso3, iso3: leak.iso3,
                        words: leak.words, reason: leak.reason))
            }
        }
        return leaks
    }

    /// The leaks with the numbers of the summary paragraphs that write their texts, in
    /// paragraph order; those the summary does not write come last.
    public static func numbered(_ leaks: [SpeakerLeak], texts: [SpokenText], in source: MeetingRecordSource)
        -> [SpeakerLeak]
    {
        guard !leaks.isEmpty else { return [] }
        var paragraphs: [String: Int] = [:]
        for section in SummaryDocument(source, style: .anonymous, typesetting: .asStored).sections {
            for block in section.blocks {
                if let paragraph = block.paragraph, let record = paragraph.record {
                    paragraphs[record] = paragraph.number
                }
            }
        }
        var origins: [String: String] = [:]
        for text in texts { origins[text.record] = text.paragraphRecord }
        var numbered = leaks
        for index in numbered.indices {
            numbered[index].paragraph = origins[numbered[index].record].flatMap { paragraphs[$0] }
        }
        return numbered.enumerated().sorted { left, right in
            (left.element.paragraph ?? Int.max, left.offset) < (right.element.paragraph ?? Int.max, right.offset)
        }.map(\.element)
    }
}
