/// Turns a Board journal's paragraphs into `ParsedParagraph`s: who speaks (a speaker
/// carries on through "The representative …" and "It also …", across paragraphs too),
/// in what role, what kind of intervention and what it asks. The Secretariat briefs
/// until a delegation has spoken under the item; after that it responds, and a response
/// in the paragraph of the ask it follows answers that ask.
struct BoardJournalInterpreter {
    /// A paragraph's sentences grouped by speaker.
    struct Segment {
        var speaker: BoardJournalSpeaker?
        var subject: BoardJournalSubject?
        var sentences: [(text: String, subject: BoardJournalSubject?)] = []

        var text: String { sentences.map(\.text).joined(separator: " ") }
    }

    var diagnostics: [SummaryDiagnostic] = []
    private var lastSpeaker: BoardJournalSpeaker?
    private var item = ""
    private var delegationsSpoke = false

    mutating func interpret(_ raw: SummaryRawParagraph) -> [ParsedParagraph] {
        if raw.item != item {
            item = raw.item
            delegationsSpoke = false
        }
        let segments = segment(raw)
        var results: [ParsedParagraph] = []
        for (index, segment) in segments.enumerated() {
            let part =
                segments.count > 1 ? "; part \(index + 1) of \(segments.count) of paragraph \(raw.number)" : ""
            let place = raw.item.isEmpty ? "" : "; item \(raw.item)"
            var result = read(segment, of: raw, text: segments.count > 1 ? segment.text : raw.text, extra: part + place)
            result.publishedText = raw.publishedText
            if result.role == .response, let asked = results.last, asked.role == .intervention, !asked.asks.isEmpty {
                result.answersAsksBefore = true
                result.explanation += "; answers the ask\(asked.asks.count == 1 ? "" : "s") just before it"
            }
            results.append(result)
        }
        return results
    }

    mutating func segment(_ raw: SummaryRawParagraph) -> [Segment] {
        var segments: [Segment] = []
        for sentence in SummarySentenceSplitter.split(raw.runningText) {
            let subject = BoardJournalSubjectReader.subject(of: sentence)
            var speaker = subject.map { BoardJournalSpeaker($0.form) }
            if subject?.form == .sameSpeaker {
                speaker = lastSpeaker
                if lastSpeaker == nil {
                    diagnostics.append(
                        .init(
                            line: raw.line, severity: .warning,
                            message:
                                "paragraph \(raw.number): '\(subject?.written ?? "")' carries on a speaker, but none has spoken yet"
                        ))
                }
            }
            if let speaker, speaker != segments.last?.speaker || segments.isEmpty {
                segments.append(Segment(speaker: speaker, subject: subject))
            } else if segments.isEmpty {
                segments.append(Segment(speaker: nil, subject: nil))
            }
            segments[segments.count - 1].sentences.append((sentence, subject))
            if let speaker { lastSpeaker = speaker }
        }
        return segments.isEmpty ? [Segment(speaker: nil, subject: nil)] : segments
    }

    mutating func read(_ segment: Segment, of raw: SummaryRawParagraph, text: String, extra: String) -> ParsedParagraph
    {
        var result = ParsedParagraph(
            number: raw.number, line: raw.line, text: text, role: .procedural, item: raw.item,
            speakers: segment.speaker?.speakers ?? [], named: segment.speaker?.named ?? false)
        result.predicate = predicate(segment)
        guard let speaker = segment.speaker, !speaker.speakers.isEmpty else {
            result.explanation = "procedural: no speaker named" + extra
            return result
        }
        var notes = ["subject '\(segment.subject?.written ?? "")' → \(speaker.note)"]
        if segment.subject?.form == .sameSpeaker { notes[0] += " (carries on the speaker before)" }
        if let intro = segment.subject?.intro {
            notes.append("after opening phrase '\(SummaryWording.shortened(intro))'")
        }
        let verb = firstVerb(segment)
        switch speaker.standing {
        case .officer:
            result.role = .chairStatement
            result.kind = "statement"
            notes.append("verb '\(verb)' → statement")
        case .secretariat where delegationsSpoke:
            result.role = .response
            result.commitments = SummaryCommitmentReader.read(segment.text)
            notes.append("verb '\(verb)' after delegations spoke → response")
            if !result.commitments.isEmpty {
                notes.append(result.commitments.count == 1 ? "1 commitment" : "\(result.commitments.count) commitments")
            }
        case .secretariat:
            result.role = .secretariatStatement
            result.kind = "statement"
            notes.append("verb '\(verb)' → statement (before any delegation spoke)")
        case .delegation:
            delegationsSpoke = true
            result.role = .intervention
            if let asking = BoardJournalAskReader.read(segment.text) {
                result.kind = asking.kind
                result.asks = asking.asks.isEmpty ? [result.predicate] : asking.asks
                let why = verb.lowercased() == asking.verb.lowercased() ? "" : " (the ask wins over '\(verb)')"
                notes.append("verb '\(asking.verb)' → \(asking.kind)\(why)")
                notes.append(result.asks.count == 1 ? "1 ask" : "\(result.asks.count) asks")
            } else {
                let reading = SummaryVerbTable.reading(
                    ofMainVerb: verb, rest: afterVerb(segment), paragraph: raw.number, line: raw.line)
                result.kind = reading.kind
                notes.append(reading.note)
                diagnostics += reading.warning.map { [$0] } ?? []
            }
        }
        result.explanation = "\(result.role.rawValue): " + notes.joined(separator: "; ") + extra
        return result
    }

    /// The segment without its subject; a later sentence of the same speaker ("The
    /// representative recommended …") joins on with ", and".
    func predicate(_ segment: Segment) -> String {
        var predicate = ""
        for (index, sentence) in segment.sentences.enumerated() {
            guard let subject = sentence.subject else {
                predicate += (predicate.isEmpty ? "" : " ") + sentence.text
                continue
            }
            var rest = subject.rest
            if index == 0, let intro = subject.intro {
                rest = SummaryWording.droppingFinalStop(rest) + ", " + SummaryWording.lowercasedFirst(intro) + "."
            }
            predicate =
                index == 0 || predicate.isEmpty
                ? rest : SummaryWording.droppingFinalStop(predicate) + ", and " + rest
        }
        return SummaryWording.droppingFinalStop(predicate)
    }

    func firstVerb(_ segment: Segment) -> String {
        let rest = segment.sentences.first?.subject?.rest ?? segment.text
        return String(rest.prefix { $0 != " " }).trimmingCharacters(in: .punctuationCharacters)
    }

    func afterVerb(_ segment: Segment) -> String {
        let rest = segment.sentences.first?.subject?.rest ?? segment.text
        return String(rest.drop { $0 != " " }.dropFirst())
    }
}
