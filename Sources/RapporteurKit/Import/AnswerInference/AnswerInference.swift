import Foundation

/// Proposes which response answers which ask in a record built from a published
/// summary or journal. Candidates go by record order: a response may answer the asks
/// of the round of questions before it (the interventions since the last run of
/// responses), under the same agenda item and the same resolution (none with none).
/// A response that thanks, or states the importance of something, answers nothing.
/// Each response goes to the ask whose key words it shares most, and to any other
/// ask that comes close; words weigh by how rare they are in the meeting and by how
/// few of the candidate asks use them, side-by-side pairs count again, and the topic a
/// response names ("regarding the upscaling of …") counts again and keeps the response
/// to the asks holding the topic's head word. Responses follow the order of the round:
/// one whose best ask an earlier response already answered goes to a later ask of the
/// same intervention that comes near it, and a response left without an ask between
/// two answered ones takes the one unanswered intervention between theirs. A part of a
/// several-part ask that no response took follows its sibling parts' responses when
/// it shares a key word with them. An ask is answered in full when its answers speak
/// to each of its parts (`AnswerAskParts`) and none of them hedges (`AnswerHedge`).
/// Every link is marked inferred with the measured precision of its score band as
/// confidence, and confirmed when that band is precise enough. An ask nothing matches
/// well gets a second look (`secondLookLinks`): what comes nearest is proposed to the
/// officer, never confirmed, so the ask stays on the follow-up list either way.
public enum AnswerInference {
    /// Below this score a response's best ask is not linked.
    static let minimumScore = 4.0
    /// Another ask is linked too when it scores this share of the best ask's score.
    static let closeToBest = 0.7
    /// An ask left open gets a second look at the responses scoring at least this, half
    /// the score a response's best ask needs.
    static let secondLookFloor = minimumScore / 2
    /// A response whose best ask is already answered goes to a later ask of the same
    /// intervention that scores at least this share of the best.
    static let nextInRound = 0.5
    /// Pairs of words standing side by side count this much again.
    static let phraseWeight = 0.5
    /// Words of the topic a response names count this much again.
    static let topicWeight = 1.0
    /// Words only an ask's framing clause (", with regard to …") holds name its setting,
    /// not what it asks: they weigh nothing.
    static let framingWeight = 0.0

    public static func propose(_ record: RecordFile) -> RecordFile {
        var record = record
        let byResponse = Dictionary(grouping: proposals(for: record), by: \.response)
        for index in record.entries.indices {
            guard case .response(var response) = record.entries[index], let links = byResponse[response.key]
            else { continue }
            for link in links.sorted(by: { $0.ask.localizedStandardCompare($1.ask) == .orderedAscending })
            where !response.answers.contains(where: { $0.ask == link.ask }) {
                // A link the record already holds is not proposed again.
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

    /// A response with the asks it may answer, scored, in record order.
    struct Candidacy {
        let response: String
        /// The run of responses the response belongs to and its item and resolutions:
        /// responses of one group follow the order of the round they answer.
        let group: String
        let scored: [Scored]
    }

    static func proposals(for record: RecordFile) -> [AnswerProposal] {
        let rarity = rarityOfWords(in: record)
        var candidacies: [Candidacy] = []
        var round: [(ask: RecordFile.Ask, intervention: RecordFile.Intervention)] = []
        var rounds = 0
        var afterResponse = false
        var askOrder: [String: Int] = [:]
        var interventionOrder: [String: Int] = [:]
        var interventionAsks: [String: [String]] = [:]
        for entry in record.entries {
            switch entry {
            case .intervention(let intervention):
                if afterResponse { round = [] }
                afterResponse = false
                round += intervention.asks.map { ($0, intervention) }
                interventionOrder[intervention.key] = interventionOrder.count
                interventionAsks[intervention.key] = intervention.asks.map(\.key)
                for ask in intervention.asks { askOrder[ask.key] = askOrder.count }
            case .response(let response):
                if !afterResponse { rounds += 1 }
                afterResponse = true
                if isNeverAnAnswer(response.text) { continue }
                let own = resolutions(of: response.references)
                let candidates = round.filter {
                    topItem($0.intervention.item) == topItem(response.item)
                        && resolutions(of: $0.intervention.references) == own
                }
                candidacies.append(
                    Candidacy(
                        response: response.key,
                        group: "\(rounds) \(topItem(response.item)) \(own.sorted().joined(separator: ","))",
                        scored: restrictedToTopic(
                            score(response, against: candidates, rarity: rarity), response: response,
                            asks: Dictionary(candidates.map { ($0.ask.key, $0.ask.text) }) { first, _ in first })))
            }
        }
        func keyOf(_ link: Scored) -> String { link.ask + " " + link.response }
        func before(_ first: Scored, _ second: Scored) -> Bool {
            first.score != second.score
                ? first.score < second.score : (askOrder[first.ask] ?? 0) > (askOrder[second.ask] ?? 0)
        }
        var links: [String: Scored] = [:]
        var answered: Set<String> = []
        // Responses in record order: each goes to its best ask and those close to it. One
        // whose best ask an earlier response already answered goes on, as the round does,
        // to a later ask of the same intervention that none answered yet.
        for candidacy in candidacies {
            guard let best = candidacy.scored.max(by: before), best.score >= minimumScore else { continue }
            var chosen: [Scored]
            if answered.contains(best.ask),
                let next = candidacy.scored.filter({
                    $0.intervention == best.intervention && (askOrder[$0.ask] ?? 0) > (askOrder[best.ask] ?? 0)
                        && !answered.contains($0.ask) && $0.score >= nextInRound * best.score
                }).max(by: before)
            {
                chosen = [next]
            } else {
                chosen = candidacy.scored.filter { $0.score >= max(minimumScore, closeToBest * best.score) }
            }
            for link in chosen {
                links[keyOf(link)] = link
                answered.insert(link.ask)
            }
        }
        // A part of a several-part ask that no response took on its own score follows
        // the responses of its sibling parts that share a key word with it.
        let pairs = Dictionary(candidacies.flatMap(\.scored).map { (keyOf($0), $0) }) { first, _ in first }
        let ownLinks = Array(links.values)
        for (intervention, asks) in interventionAsks.sorted(by: { $0.key < $1.key }) where asks.count > 1 {
            for ask in asks where !answered.contains(ask) {
                let siblingResponses = Set(
                    ownLinks.filter { $0.intervention == intervention && $0.ask != ask }.map(\.response))
                for response in siblingResponses.sorted() {
                    if let pair = pairs[ask + " " + response], pair.score > 0 { links[keyOf(pair)] = pair }
                }
            }
        }
        // A response left without an ask, standing between two responses of its group,
        // answers the one intervention of the round between theirs that nothing answered.
        var linkedAsks = Set(links.values.map(\.ask))
        for (index, candidacy) in candidacies.enumerated()
        where !links.values.contains(where: { $0.response == candidacy.response }) {
            func linkedNeighbour(_ indices: [Int]) -> [Scored]? {
                for other in indices where candidacies[other].group == candidacy.group {
                    let own = links.values.filter { $0.response == candidacies[other].response }
                    if !own.isEmpty { return own }
                }
                return nil
            }
            guard let previous = linkedNeighbour(Array((0..<index).reversed())),
                let next = linkedNeighbour(Array((index + 1)..<candidacies.count)),
                let after = previous.compactMap({ interventionOrder[$0.intervention] }).max(),
                let until = next.compactMap({ interventionOrder[$0.intervention] }).min()
            else { continue }
            let between = Set(
                candidacy.scored.filter {
                    let order = interventionOrder[$0.intervention] ?? 0
                    return order > after && order < until
                }.map(\.intervention))
            guard between.count == 1, let intervention = between.first else { continue }
            let asks = candidacy.scored.filter { $0.intervention == intervention }
            guard asks.allSatisfy({ !linkedAsks.contains($0.ask) }) else { continue }
            for link in asks {
                links[keyOf(link)] = link
                linkedAsks.insert(link.ask)
            }
        }
        let secondLook = secondLookLinks(
            leftOpen: Set(askOrder.keys).subtracting(links.values.map(\.ask)), candidacies: candidacies,
            linked: Array(links.values), askOrder: askOrder)
        let proposals =
            extents(of: Array(links.values), in: record)
            + extents(of: secondLook, in: record).map { proposal in
                var proposal = proposal
                proposal.secondLook = true
                return proposal
            }
        return proposals.sorted { $0.ask + " " + $0.response < $1.ask + " " + $1.response }
    }

    /// A second look at the asks the links above left open, for an officer to decide:
    /// the responses that score best for the ask, if they score at least
    /// `secondLookFloor`, and, for a part of a several-part ask, the responses the part
    /// asked next to it got, even with no word in common (parts asked together are
    /// answered together: "further logistical information" for the opening of the
    /// registration asked beside the visas). The import never confirms such a link: its
    /// band is measured apart (`AnswerConfidenceBand.secondLook`).
    static func secondLookLinks(
        leftOpen: Set<String>, candidacies: [Candidacy], linked: [Scored], askOrder: [String: Int]
    ) -> [Scored] {
        var found: [String: Scored] = [:]
        let scored = candidacies.flatMap(\.scored)
        for ask in leftOpen.sorted() {
            let own = scored.filter { $0.ask == ask }
            let scoring = own.filter { $0.score >= secondLookFloor }
            if let best = scoring.map(\.score).max() {
                for link in scoring where link.score >= closeToBest * best { found[ask + " " + link.response] = link }
            }
            guard let intervention = own.first?.intervention, let position = askOrder[ask] else { continue }
            let siblings = linked.filter { $0.intervention == intervention && $0.ask != ask }
            // The nearest part that has answers; of two as near, the one asked after it.
            guard
                let nearest = siblings.map(\.ask).min(by: { first, second in
                    let (a, b) = (abs((askOrder[first] ?? 0) - position), abs((askOrder[second] ?? 0) - position))
                    return a != b ? a < b : (askOrder[first] ?? 0) > (askOrder[second] ?? 0)
                })
            else { continue }
            for sibling in siblings where sibling.ask == nearest {
                if let pair = own.first(where: { $0.response == sibling.response }) {
                    found[ask + " " + pair.response] = pair
                }
            }
        }
        return Array(found.values)
    }

    /// Full when every part of the ask finds its words in the ask's answers and none of
    /// them hedges; then the last answer completes it and those before answer in part.
    static func extents(of links: [Scored], in record: RecordFile) -> [AnswerProposal] {
        let texts = responseTexts(of: record)
        let askTexts = askTexts(of: record)
        let byAsk = Dictionary(grouping: links, by: \.ask)
        var order: [String: Int] = [:]
        for (index, entry) in record.entries.enumerated() {
            if case .response(let response) = entry { order[response.key] = index }
        }
        var full: [String: Bool] = [:]
        for (ask, answers) in byAsk {
            let askText = askTexts[ask] ?? ""
            let answerTexts = answers.map { texts[$0.response] ?? "" }
            let answered = answerTexts.reduce(into: Set<String>()) { $0.formUnion(AnswerWords.words($1)) }
            full[ask] =
                AnswerAskParts.everyPartTouched(askText, byAnswerWords: answered)
                && !answerTexts.contains { AnswerHedge.hedges($0, on: askText) }
        }
        return links.map { link in
            let isLast = byAsk[link.ask, default: []].allSatisfy {
                (order[$0.response] ?? 0) <= (order[link.response] ?? 0)
            }
            return AnswerProposal(
                ask: link.ask, response: link.response, score: link.score,
                extent: full[link.ask] == true && isLast ? .full : .partial)
        }
    }

    /// A response that names its topic ("Regarding the upscaling of the tool, …") answers
    /// only asks holding the topic's head words ("upscaling"), when any candidate does.
    static func restrictedToTopic(_ scored: [Scored], response: RecordFile.Response, asks: [String: String])
        -> [Scored]
    {
        let head = topicHeadWords(of: response.text)
        guard !head.isEmpty else { return scored }
        let holding = scored.filter { !AnswerWords.words(asks[$0.ask] ?? "").isDisjoint(with: head) }
        return holding.isEmpty ? scored : holding
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

    nonisolated(unsafe) static let topicPattern =
        /(?i)(?:^|[.;]\s+|,\s+)(?:regarding|with regard to|on the request for|on the question of|concerning|as for|in response to)\s+(?:the question on |the request for |the question of )?([^,.;]+)/

    /// The words of the topic a response names: "Regarding X, …" at a sentence's start,
    /// or ", regarding X" where the reader moved such an opening to the end.
    static func topicWords(of text: String) -> Set<String> {
        var words: Set<String> = []
        for match in text.matches(of: topicPattern) {
            words.formUnion(AnswerWords.words(String(match.output.1)))
        }
        return words
    }

    /// The head words of the topics a response names: what stands before "of" in "the
    /// upscaling of the tool", or the whole topic when it has no "of".
    static func topicHeadWords(of text: String) -> Set<String> {
        var words: Set<String> = []
        for match in text.matches(of: topicPattern) {
            let topic = String(match.output.1)
            let head = topic.firstRange(of: /(?i)\s+of\s+/).map { String(topic[..<$0.lowerBound]) } ?? topic
            words.formUnion(AnswerWords.words(AnswerWords.words(head).isEmpty ? topic : head))
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
