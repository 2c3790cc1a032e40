/// The keys a day's records take in their session. A record read from a day's document
/// numbers its keys from 1 (I1, Q1, R1, A1); in the session they are the meeting's: the
/// keys the day had, in order, when the day is replaced, then the next after the highest
/// the meeting has ever given, so that no other day's key changes.
struct DayKeys {
    private var reused: [Character: [String]]
    private var next: [Character: Int]

    init(reusing reused: [Character: [String]], after highest: [Character: Int]) {
        self.reused = reused
        self.next = highest.mapValues { $0 + 1 }
    }

    /// The record with its keys, and the keys its answers, supersessions and commitments
    /// name, given in the session; every paragraph, entry and commitment on `day`.
    func renumbered(_ record: RecordFile, day: Int) throws -> RecordFile {
        var keys = self
        var map: [String: String] = [:]
        func give(_ key: String) throws {
            guard let letter = key.first else { return }
            guard map[key] == nil else {
                throw RapporteurError.invalid("the key \(key) is used twice in the day's record")
            }
            if var left = keys.reused[letter], !left.isEmpty {
                map[key] = left.removeFirst()
                keys.reused[letter] = left
            } else {
                let number = keys.next[letter] ?? 1
                map[key] = "\(letter)\(number)"
                keys.next[letter] = number + 1
            }
        }
        for entry in record.entries {
            switch entry {
            case .intervention(let intervention):
                try give(intervention.key)
                for ask in intervention.asks { try give(ask.key) }
            case .response(let response): try give(response.key)
            }
        }
        for commitment in record.commitments { try give(commitment.key) }
        // A key with a meeting ("PBA-56/Q3") names another meeting's record, or another
        // day's, and stays as written.
        func local(_ key: String) -> String { map[key] ?? key }

        var result = record.allOnDay(day)
        result.entries = result.entries.map { entry in
            switch entry {
            case .intervention(var intervention):
                intervention.key = local(intervention.key)
                intervention.asks = intervention.asks.map { ask in
                    var ask = ask
                    ask.key = local(ask.key)
                    ask.supersededBy = ask.supersededBy.map(local)
                    return ask
                }
                return .intervention(intervention)
            case .response(var response):
                response.key = local(response.key)
                response.answers = response.answers.map { answer in
                    var answer = answer
                    answer.ask = local(answer.ask)
                    return answer
                }
                return .response(response)
            }
        }
        result.commitments = result.commitments.map { commitment in
            var commitment = commitment
            commitment.key = local(commitment.key)
            commitment.origin = commitment.origin.map(local)
            return commitment
        }
        return result
    }
}
