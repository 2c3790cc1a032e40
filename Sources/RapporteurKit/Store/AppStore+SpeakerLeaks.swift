import GRDB

extension AppStore {
    /// Every State with the names a text may give it: formal name, aliases, ISO3 code.
    public func stateNames() throws -> [StateNames] {
        try read { db in
            var aliases: [Int64: [String]] = [:]
            for alias in try StateAlias.order(Column("id")).fetchAll(db) {
                aliases[alias.stateId, default: []].append(alias.alias)
            }
            return try MemberState.order(Column("iso3")).fetchAll(db).map { state in
                StateNames(iso3: state.iso3, name: state.name,
                           otherNames: (state.formalName.map { [$0] } ?? []) + (aliases[state.id!] ?? []))
            }
        }
    }

    /// The texts of a meeting's record that would reveal a speaker in its summary, in
    /// `style` (by default the body's); see `SpeakerLeakDetector` for the rule.
    public func speakerLeaks(meeting handle: String, style: AttributionStyle? = nil) throws -> [SpeakerLeak] {
        let source = try recordSource(of: handle)
        guard (style ?? source.body.attributionStyle) == .anonymous else { return [] }
        return SpeakerLeakDetector(states: try stateNames())
            .leaks(in: source, commitments: try commitments(meeting: handle), style: style)
    }
}
