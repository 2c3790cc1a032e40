/// A text of a meeting's record that gives away who spoke, where the summary is written
/// anonymously: it names a State that spoke at the meeting and is not to be named.
public struct SpeakerLeak: Sendable, Hashable, Codable {
    public enum Reason: String, Sendable, Hashable, Codable {
        /// The State spoke at the meeting and none of its interventions is marked to be
        /// named: any text of the meeting that names it reveals it.
        case speakerNotNamed
        /// The State is named elsewhere (as host or convenor), but this is the text of an
        /// intervention of its own that the summary writes as "A Member State".
        case namesItsOwnSpeaker
    }

    public var meeting: String
    /// The summary's paragraph that writes the text (for an ask or a commitment, the
    /// paragraph of its intervention or response); nil when the summary has none.
    public var paragraph: Int?
    /// The record whose text it is: "I7", "Q5", "R3", "A2".
    public var record: String
    /// The State revealed, by its UN short name, and its ISO3 code.
    public var speaker: String
    public var iso3: String
    /// The words that name it, as the text writes them, each once ("France", "FRA").
    public var words: [String]
    public var reason: Reason

    public init(
        meeting: String, paragraph: Int?, record: String, speaker: String, iso3: String, words: [String],
        reason: Reason
    ) {
        self.meeting = meeting
        self.paragraph = paragraph
        self.record = record
        self.speaker = speaker
        self.iso3 = iso3
        self.words = words
        self.reason = reason
    }

    /// The same leak whatever paragraph numbers it has (they move as records are added).
    public func isSame(as other: SpeakerLeak) -> Bool {
        meeting == other.meeting && record == other.record && iso3 == other.iso3 && words == other.words
    }
}
