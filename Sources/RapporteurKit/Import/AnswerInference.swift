import Foundation

/// Proposes which response answers which ask in a record built from a published
/// summary: a response may answer the asks raised before it under the same agenda item
/// and resolution; each ask goes to the response whose words it shares most, words
/// weighted by how rare they are in the meeting (a word every paragraph uses says
/// nothing). Every proposal is marked inferred, with a confidence, for an officer to
/// confirm; an ask nothing matches well enough stays open, which is the point.
/// Thresholds were set on seed 004 against an officer's reading of it (see the tests).
public enum AnswerInference {
    /// Below this weighted overlap no link is proposed.
    static let threshold = 0.15
    /// From this overlap on, the answer is taken to be a full one.
    static let fullAnswer = 0.3

    public static func propose(_ record: RecordFile) -> RecordFile {
        var record = record
        struct Candidate {
            let key: String
            let item: String
            let resolution: String?
            let words: Set<String>
        }
        var candidates: [Candidate] = []
        var best: [String: (response: Int, score: Double)] = [:]
        let weight = rarity(in: record)
        for (index, entry) in record.entries.enumerated() {
            switch entry {
            case .intervention(let intervention):
                let resolution = intervention.references.first { $0.kind == .resolution && $0.paragraph.isEmpty }?.key
                for ask in intervention.asks {
                    candidates.append(
                        Candidate(
                            key: ask.key, item: topItem(intervention.item), resolution: resolution,
                            words: words(ask.text)))
                }
            case .response(let response):
                let resolution = response.references.first { $0.kind == .resolution && $0.paragraph.isEmpty }?.key
                let responseWords = words(response.text)
                for candidate in candidates
                where candidate.item == topItem(response.item) && candidate.resolution == resolution {
                    let shared = candidate.words.intersection(responseWords).reduce(0) { $0 + weight($1) }
                    let total =
                        candidate.words.reduce(0) { $0 + weight($1) } * responseWords.reduce(0) { $0 + weight($1) }
                    let score = total > 0 ? shared / total.squareRoot() : 0
                    if score >= threshold, score > (best[candidate.key]?.score ?? 0) {
                        best[candidate.key] = (index, score)
                    }
                }
            }
        }
        for (askKey, choice) in best.sorted(by: { $0.key.localizedStandardCompare($1.key) == .orderedAscending }) {
            guard case .response(var response) = record.entries[choice.response] else { continue }
            let confidence = (min(1, choice.score * 2) * 100).rounded() / 100
            response.answers.append(
                RecordFile.Answer(
                    ask: askKey, extent: choice.score >= fullAnswer ? .full : .partial,
                    inferred: true, confidence: confidence))
            record.entries[choice.response] = .response(response)
        }
        return record
    }

    /// Inverse document frequency over the meeting's records: log((n + 1) / (df + 1)).
    private static func rarity(in record: RecordFile) -> (String) -> Double {
        var counts: [String: Int] = [:]
        var documents = 0
        for entry in record.entries {
            let text: String
            switch entry {
            case .intervention(let intervention): text = intervention.text
            case .response(let response): text = response.text
            }
            documents += 1
            for word in words(text) { counts[word, default: 0] += 1 }
        }
        return { word in Foundation.log(Double(documents + 1) / Double((counts[word] ?? 0) + 1)) }
    }

    private static func topItem(_ label: String) -> String {
        String(label.prefix { $0.isNumber })
    }

    /// Content words, lowercased, with a plural or past-tense ending taken off.
    private static func words(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap { raw -> String? in
                let word = String(raw)
                guard word.count > 3, !stopWords.contains(word) else { return nil }
                for ending in ["ing", "ed", "es", "s"] where word.hasSuffix(ending) && word.count > ending.count + 3 {
                    return String(word.dropLast(ending.count))
                }
                return word
            })
    }

    private static let stopWords: Set<String> = [
        "that", "this", "with", "from", "would", "could", "should", "which", "their", "there", "were", "been", "have",
        "also", "into", "such", "than", "them", "they", "what", "when", "where", "whether", "secretariat", "member",
        "states", "state", "inquired", "requested", "asked", "explained", "noted", "informed", "confirmed", "further",
        "about", "more", "information", "details", "regarding", "including", "other", "well", "habitat",
    ]
}
