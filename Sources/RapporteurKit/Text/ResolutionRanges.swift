/// How messages list many resolution keys at once.
enum ResolutionRanges {
    /// "1/1–1/5, 2/1–2/10": a compact list of resolution keys, by session; empty for none.
    static func describe(_ keys: [String]) -> String {
        var bySession: [(session: String, keys: [String])] = []
        for key in keys {
            let session = String(key.split(separator: "/").first ?? "")
            if bySession.last?.session == session {
                bySession[bySession.count - 1].keys.append(key)
            } else {
                bySession.append((session, [key]))
            }
        }
        let parts = bySession.map { group in
            group.keys.count == 1 ? group.keys[0] : "\(group.keys.first!)–\(group.keys.last!)"
        }
        return parts.joined(separator: ", ")
    }
}
