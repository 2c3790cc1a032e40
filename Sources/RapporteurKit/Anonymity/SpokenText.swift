/// One text of a meeting's record as the leak check reads it: an intervention's, an
/// ask's, a response's or a commitment's, with who spoke it when a State did.
public struct SpokenText: Sendable, Hashable {
    /// "I7", "Q5", "R3", "A2".
    public var record: String
    public var text: String
    /// The intervention or response whose summary paragraph writes it (an ask's
    /// intervention, a commitment's response); itself for those two.
    public var paragraphRecord: String?
    /// For an intervention and its asks: the ISO3 codes of the States that spoke it.
    public var states: [String]
    /// For an intervention and its asks: marked to be named even in anonymous summaries.
    public var named: Bool
    /// True for an intervention's own text: its States and `named` say who spoke at the
    /// meeting (an ask repeats its intervention's).
    public var isIntervention: Bool

    public init(
        record: String, text: String, paragraphRecord: String?, states: [String] = [], named: Bool = false,
        isIntervention: Bool = false
    ) {
        self.record = record
        self.text = text
        self.paragraphRecord = paragraphRecord
        self.states = states
        self.named = named
        self.isIntervention = isIntervention
    }

    /// The texts of a meeting's record as the documents read it, in record order.
    public static func texts(of source: MeetingRecordSource, commitments: [CommitmentView] = []) -> [SpokenText] {
        var texts: [SpokenText] = []
        for view in source.interventions {
            let states = view.speakerDetails.compactMap { speaker -> String? in
                guard speaker.kind == .state, speaker.identity.hasPrefix("state:") else { return nil }
                return String(speaker.identity.dropFirst("state:".count))
            }
            texts.append(
                SpokenText(
                    record: view.id, text: view.text, paragraphRecord: view.id, states: states,
                    named: view.named, isIntervention: true))
            for ask in view.asks {
                texts.append(
                    SpokenText(
                        record: ask.id, text: ask.text, paragraphRecord: view.id, states: states,
                        named: view.named))
            }
        }
        for view in source.responses {
            texts.append(SpokenText(record: view.id, text: view.text, paragraphRecord: view.id))
        }
        for commitment in commitments where commitment.meeting == source.meeting.handle {
            texts.append(SpokenText(record: commitment.id, text: commitment.text, paragraphRecord: commitment.origin))
        }
        return texts
    }
}
