import Foundation

/// Proposes which response answers which ask in a record built from a published
/// summary or journal. Candidates go by record order: a response may answer the asks
/// of the round of questions before it (the interventions since the last run of
/// responses), under the same agenda item and the same resolution (none with none).
/// A response that thanks, or states the importance of something, answers nothing.
/// Each response goes to the ask whose key words it shares most, and to any other
/// ask that comes close; words weigh by how rare they are in the meeting and by how
/// few of the candidate asks use them, side-by-side pairs count again, and the topic a
/// response names ("regarding the upscaling of …") counts again. A part of a
/// several-part ask that no response took follows its sibling part when its own best
/// response is that sibling's. Every link is marked inferred with the measured
/// precision of its score band as confidence, and confirmed when that band is precise
/// enough; an ask nothing matches well stays open, which is the point.
public enum AnswerInference {
    /// Below this score a response's best ask is not linked.
    static let minimumScore = 4.0
    /// Another ask is linked too when it scores this share of the best ask's score.
    static let closeToBest = 0.7
    /// Pairs of words standing side by side count this much again.
    static let phraseWeight = 0.5
    /// Words of the topic a response names count this much again.
    static let topicWeight = 1.0
    /// Words only an ask's framing clause (", with regard to …") holds name its setting,
    /// not what it asks: they weigh nothing.
    static let framingWeight = 0.0
    /// Under this share of the ask's key words found in its answers, the answer is partial.
    static let fullCoverage = 0.1

    public static func propose(_ record: RecordFile) -> RecordFile {
        var record = record
        let byResponse = Dictionary(grouping: proposals(for: record), by: \.response)
        for index in record.entries.indices {
            guard case .response(var response) = record.entries[index], let links = byResponse[response.key]
            else { continue }
            for link in links.sorted(by: { $0.ask.localizedStandardCompare($1.ask) == .orderedAscending }) {
                let band = link.band
                response.answers.append(
                    RecordFile.Answer(
                        ask: link.ask, extent: link.extent, inferred: true, confidence: band.precision,
                        confirmed: band.confirms))
            }
            record.entries[index] = .response(response)
        }
        return record
    }

    struct Scored {
        let ask: String
        let response: String
        let intervention: String
        let score: Double
    }

    static func proposals(for record: RecordFile) -> [AnswerProposal] {
        let rarity = rarityOfWords(in: record)
        var scored: [Scored] = []
        var nonAnswers: Set<String> = []
        var round: [(ask: RecordFile.Ask, intervention: RecordFile.Intervention)] = []
        var afterResponse = false
        for entry in record.entries {
            switch entry {
            case .intervention(let intervention):
                if afterResponse { round = [] }
                afterResponse = false
                round += intervention.asks.map { ($0, intervention) }
            case .response(let response):
                afterResponse = true
                if isNeverAnAnswer(response.text) {
                    nonAnswers.insert(response.key)
                    continue
                }
                let candidates = round.filter {
                    topItem($0.intervention.item) == topItem(response.item)
                        && resolutions(of: $0.intervention.references) == resolutions(of: response.references)
                }
                scored += score(response, against: candidates, rarity: rarity)
            }
        }
        var links: [String: Scored] = [:]
        func keyOf(_ link: Scored) -> String { link.ask + " " + link.response }
        for (_, candidates) in Dictionary(grouping: scored, by: \.response) {
            guard let best = candidates.max(by: { $0.score < $1.score }), best.score >= minimumScore else { continue }
            for candidate in candidates where candidate.score >= max(minimumScore, closeToBest * best.score) {
                links[keyOf(candidate)] = candidate
            }
        }
        // A part of a several-part ask left unlinked follows a sibling part's response
        // when that response is also the part's own best.
        let linkedAsks = Set(links.values.map(\.ask))
        for (ask, candidates) in Dictionary(grouping: scored, by: \.ask).sorted(by: { $0.key < $1.key })
        where !linkedAsks.contains(ask) {
            guard let best = candidates.max(by: { $0.score < $1.score }), best.score > 0 else { continue }
            let siblingAnswered = links.values.contains {
                $0.response == best.response && $0.intervention == best.intervention
            }
            if siblingAnswered { links[keyOf(best)] = best }
        }
        let texts = responseTexts(of: record)
        let askTexts = askTexts(of: record)
        let byAsk = Dictionary(grouping: links.values, by: \.ask)
        var order: [String: Int] = [:]
        for (index, entry) in record.entries.enumerated() {
            if case .response(let response) = entry { order[response.key] = index }
        }
        return links.values.sorted { keyOf($0) < keyOf($1) }.map { link in
            let answered = Set(byAsk[link.ask, default: []].flatMap { AnswerWords.words(texts[$0.response] ?? "") })
            let asked = AnswerWords.words(askTexts[link.ask] ?? "")
            let total = asked.sorted().reduce(0) { $0 + rarity($1) }
            let found = asked.intersection(answered).sorted().reduce(0) { $0 + rarity($1) }
            let coverage = total > 0 ? found / total : 0
            // Several responses answering one ask answer it together: the last one
            // completes the answer, those before it answer in part.
            let isLast = byAsk[link.ask, default: []].allSatisfy {
                (order[$0.response] ?? 0) <= (order[link.response] ?? 0)
            }
            return AnswerProposal(
                ask: link.ask, response: link.response, score: link.score,
                extent: coverage >= fullCoverage && isLast ? .full : .partial)
        }
    }

    private static func score(
        _ response: RecordFile.Response,
        against candidates: [(ask: RecordFile.Ask, intervention: RecordFile.Intervention)],
        rarity: (String) -> Double
    ) -> [Scored] {
        guard !candidates.isEmpty else { return [] }
        let askWords = candidates.map { AnswerWords.words($0.ask.text) }
        let count = Double(candidates.count)
        // A word most candidate asks use tells them apart no better than a common word.
        func weight(_ word: String) -> Double {
            let using = Double(askWords.filter { $0.contains(word) }.count)
            let spread = using > 0 ? Foundation.log((count + 1) / using) / Foundation.log(count + 1) : 1
            return rarity(word) * spread
        }
        let responseWords = AnswerWords.words(response.text)
        let responsePhrases = AnswerWords.phrases(response.text)
        let topic = topicWords(of: response.text)
        return zip(candidates, askWords).map { candidate, words in
            let framing = framingWords(of: candidate.ask.text)
            let shared = words.intersection(responseWords).sorted().reduce(0) {
                $0 + weight($1) * (framing.contains($1) ? framingWeight : 1)
            }
            let phrases = AnswerWords.phrases(candidate.ask.text).intersection(responsePhrases).sorted().reduce(0) {
                $0 + $1.split(separator: " ").reduce(0) { $0 + weight(String($1)) }
            }
            let named = topic.intersection(words).sorted().reduce(0) { $0 + weight($1) }
            return Scored(
                ask: candidate.ask.key, response: response.key, intervention: candidate.intervention.key,
                score: shared + phraseWeight * phrases + topicWeight * named)
        }
    }

    /// Thanks and gratitude, or a statement of something's importance: never an answer.
    static func isNeverAnAnswer(_ text: String) -> Bool {
        text.prefixMatch(
            of:
                /(?i)(expressed (its |their )?(gratitude|appreciation|thanks)|thanked|appreciated|welcomed|commended|(emphasi[sz]ed|stressed|underlined|highlighted|underscored|reiterated) the (importance|need|value))\b/
        ) != nil
    }

    /// The words of the topic a response names: "Regarding X, …" at a sentence's start,
    /// or ", regarding X" where the reader moved such an opening to the end.
    static func topicWords(of text: String) -> Set<String> {
        var words: Set<String> = []
        for match in text.matches(
            of:
                /(?i)(?:^|[.;]\s+|,\s+)(?:regarding|with regard to|on the request for|on the question of|concerning|as for|in response to)\s+(?:the question on |the request for |the question of )?([^,.;]+)/
        ) {
            words.formUnion(AnswerWords.words(String(match.output.1)))
        }
        return words
    }

    /// The words only an ask's framing clause (", with regard to X" at its end) holds:
    /// they name the setting, not what is asked.
    static func framingWords(of text: String) -> Set<String> {
        guard
            let match = text.firstMatch(
                of: /(?i),\s+(?:regarding|with regard to|concerning|on the question of)\s+(.*)$/)
        else { return [] }
        return AnswerWords.words(String(match.output.1))
            .subtracting(AnswerWords.words(String(text[..<match.range.lowerBound])))
    }

    private static func resolutions(of references: [RecordFile.Reference]) -> Set<String> {
        Set(references.filter { $0.kind == .resolution && $0.paragraph.isEmpty && $0.source == .explicit }.map(\.key))
    }

    private static func responseTexts(of record: RecordFile) -> [String: String] {
        var texts: [String: String] = [:]
        for case .response(let response) in record.entries { texts[response.key] = response.text }
        return texts
    }

    private static func askTexts(of record: RecordFile) -> [String: String] {
        var texts: [String: String] = [:]
        for case .intervention(let intervention) in record.entries {
            for ask in intervention.asks { texts[ask.key] = ask.text }
        }
        return texts
    }

    /// Inverse document frequency over the meeting's records: log((n + 1) / (df + 1)).
    private static func rarityOfWords(in record: RecordFile) -> (String) -> Double {
        var counts: [String: Int] = [:]
        var documents = 0
        for entry in record.entries {
            let text: String
            switch entry {
            case .intervention(let intervention): text = intervention.text
            case .response(let response): text = response.text
            }
            documents += 1
            for word in AnswerWords.words(text) { counts[word, default: 0] += 1 }
        }
        return { word in Foundation.log(Double(documents + 1) / Double((counts[word] ?? 0) + 1)) }
    }

    private static func topItem(_ label: String) -> String {
        String(label.prefix { $0.isNumber })
    }
}
