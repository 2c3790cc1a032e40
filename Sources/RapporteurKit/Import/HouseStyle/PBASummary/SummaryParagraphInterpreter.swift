import Foundation

/// Turns collected paragraphs into `ParsedParagraph`s: who speaks, in what role, what
/// kind of intervention, what is asked, pledged or undertaken, and why.
struct SummaryParagraphInterpreter {
    static let opening = TextPattern(#"\bcalled to order\b|\bwas opened at\b|\bopened the meeting\b"#, anyCase: true)
    static let noOtherBusiness = TextPattern(
        #"\bno other business\b|\bno (?:other )?(?:issues|matters) (?:were |was )?raised\b"#, anyCase: true)
    /// "The working group …", "It was …", "There were …": the meeting itself, not a speaker.
    static let meetingAsSubject = TextPattern(
        #"^(?:the )?(?:working group|meeting|board|executive board|assembly|committee|bureau|joint bureaux)\b|^it was\b|^there (?:was|were)\b"#,
        anyCase: true)
    /// A sentence that carries on the same speaker's intervention.
    static let furtherSentence = TextPattern(
        #"^(?:The Member State further|The Secretariat further|The Secretariat added)\b"#)

    var letters = SummaryStateLetters()
    var diagnostics: [SummaryDiagnostic] = []

    mutating func interpret(
        _ raw: SummaryRawParagraph, isLastAdjourned: Bool, openedAt: ClockTime?, adjournedAt: ClockTime?
    ) -> [ParsedParagraph] {
        interpretParts(raw, isLastAdjourned: isLastAdjourned, openedAt: openedAt, adjournedAt: adjournedAt).map {
            var part = $0
            part.publishedText = raw.publishedText
            return part
        }
    }

    private mutating func interpretParts(
        _ raw: SummaryRawParagraph, isLastAdjourned: Bool, openedAt: ClockTime?, adjournedAt: ClockTime?
    ) -> [ParsedParagraph] {
        let running = raw.runningText
        var base = ParsedParagraph(
            number: raw.number, line: raw.line, text: raw.text, role: .procedural,
            item: raw.item, resolutions: raw.resolutions, predicate: raw.text)
        let place = placeNote(raw)
        if Self.opening.matches(running) {
            base.role = .opening
            let time = openedAt.map { " at \($0.hhmm)" } ?? ""
            base.explanation =
                "opening: 'called to order'\(time)\(raw.listEntries.isEmpty ? "" : "; lists \(raw.listEntries.count) agenda entries")\(place)"
            return [base]
        }
        if Self.noOtherBusiness.matches(running) {
            base.role = .otherBusiness
            base.explanation = "otherBusiness: 'no other business'\(place)"
            return [base]
        }
        if isLastAdjourned {
            base.role = .adjournment
            let time = adjournedAt.map { " at \($0.hhmm)" } ?? ""
            base.explanation = "adjournment: last paragraph saying 'adjourned'\(time)\(place)"
            return [base]
        }
        let segments = segment(raw)
        return segments.enumerated().map { index, segment in
            let part = segments.count > 1 ? "; part \(index + 1) of \(segments.count) of paragraph \(raw.number)" : ""
            var text = segments.count > 1 ? segment.text : raw.text
            if segments.count > 1, index == segments.count - 1, !raw.listEntries.isEmpty {
                text += " " + raw.listText
            }
            return read(segment, of: raw, text: text, extra: part + place)
        }
    }

    /// "; under Resolution 1/2; item 2".
    func placeNote(_ raw: SummaryRawParagraph) -> String {
        var note = ""
        if !raw.resolutions.isEmpty {
            note +=
                "; under Resolution" + (raw.resolutions.count > 1 ? "s " : " ")
                + raw.resolutions.joined(separator: ", ")
        }
        if !raw.item.isEmpty { note += "; item \(raw.item)" }
        return note
    }

    // MARK: Speakers

    /// The paragraph's sentences grouped by speaker: a new segment wherever the speaker changes.
    mutating func segment(_ raw: SummaryRawParagraph) -> [SummarySegment] {
        var segments: [SummarySegment] = []
        for sentence in SummarySentenceSplitter.split(raw.runningText) {
            for (index, clause) in SummarySubjectReader.clauses(of: sentence).enumerated() {
                let entry = SummarySegment.Entry(clause: clause, startsSentence: index == 0)
                guard let subject = clause.subject else {
                    if segments.isEmpty {
                        segments.append(
                            SummarySegment(speakers: [], named: false, subject: nil, speakerNote: "", entries: []))
                    }
                    segments[segments.count - 1].entries.append(entry)
                    continue
                }
                let (speakers, named, note) = speaker(for: subject, line: raw.line)
                if let last = segments.last, last.speakers == speakers, subject.form != .newUnnamedState {
                    segments[segments.count - 1].entries.append(entry)
                } else {
                    segments.append(
                        SummarySegment(
                            speakers: speakers, named: named, subject: subject, speakerNote: note, entries: [entry]))
                }
            }
        }
        if segments.isEmpty {
            segments.append(SummarySegment(speakers: [], named: false, subject: nil, speakerNote: "", entries: []))
        }
        return segments
    }

    /// Speakers as the command line takes them, whether the text names the delegation, and a note.
    mutating func speaker(for subject: SummarySubject, line: Int) -> ([String], Bool, String) {
        switch subject.form {
        case .newUnnamedState:
            let letter = letters.next()
            return (["Member State \(letter)"], false, "unnamed State \(letter)")
        case .sameUnnamedState:
            if let letter = letters.current {
                return (["Member State \(letter)"], false, "same unnamed State \(letter)")
            }
            diagnostics.append(
                .init(
                    line: line, severity: .warning,
                    message:
                        "'\(subject.written)' refers back to a Member State but none has spoken yet; given a new letter"
                ))
            let letter = letters.next()
            return (["Member State \(letter)"], false, "unnamed State \(letter) (no earlier one)")
        case .memberStates:
            return (["Member States"], false, "several unnamed States")
        case .named(let names):
            return (names, true, "named delegation \(names.joined(separator: ", "))")
        case .capitals(let name):
            return ([name], true, "name in capitals → \(name)")
        case .group(let name):
            return ([name], true, "group \(name)")
        case .entity(let name):
            return (["entity: \(name)"], true, "UN entity \(name)")
        case .chair:
            return (["Chair"], false, "Chair")
        case .secretariat:
            return (["Secretariat"], false, "Secretariat")
        }
    }

    // MARK: One segment

    mutating func read(_ segment: SummarySegment, of raw: SummaryRawParagraph, text: String, extra: String)
        -> ParsedParagraph
    {
        var result = ParsedParagraph(
            number: raw.number, line: raw.line, text: text, role: .procedural,
            item: raw.item, resolutions: raw.resolutions, speakers: segment.speakers,
            named: segment.named)
        let segmentText = segment.text
        result.predicate = predicate(segment)
        if text == raw.text, !raw.listEntries.isEmpty {
            result.predicate += " " + raw.listText
        }
        let asking = SummaryAskReader.read(segmentText)
        let pledge = SummaryPledgeReader.read(segmentText)
        let firstClause = segment.entries.first?.clause
        let verbWords = (firstClause.map { $0.subject == nil ? $0.text : $0.rest } ?? "").split(separator: " ").map(
            String.init
        )
        .drop(while: { SummaryVerbTable.adverbs.contains($0.lowercased()) })
        // Without a subject the verb is the first reporting verb in the text.
        let verbIndex =
            segment.subject == nil
            ? verbWords.firstIndex { SummaryVerbTable.isSpeechVerb($0.trimmingCharacters(in: .punctuationCharacters)) }
                ?? verbWords.startIndex
            : verbWords.startIndex
        let verb =
            verbIndex < verbWords.endIndex ? verbWords[verbIndex].trimmingCharacters(in: .punctuationCharacters) : ""
        let afterVerb = verbWords.suffix(from: min(verbIndex + 1, verbWords.endIndex)).joined(separator: " ")

        var notes: [String] = []
        if let subject = segment.subject {
            notes.append("subject '\(subject.written)' → \(segment.speakerNote)")
        } else {
            notes.append("no speaker named")
        }
        if let intro = firstClause?.intro, segment.subject != nil {
            notes.append("after opening phrase '\(SummaryWording.shortened(intro))'")
        }

        switch segment.subject?.form {
        case nil:
            let opening = String(segmentText.prefix(60))
            if Self.meetingAsSubject.matches(segmentText)
                || raw.mode == .briefing
            {
                result.role = .procedural
            } else {
                result.role = raw.mode == .response ? .response : .intervention
                diagnostics.append(
                    .init(
                        line: raw.line, severity: .warning,
                        message: "paragraph \(raw.number): unknown speaker form: '\(opening)…'"))
            }
        case .chair?:
            if raw.mode == .discussion, asking != nil {
                result.role = .intervention
            } else {
                result.role = .chairStatement
            }
        case .secretariat?:
            result.role = raw.mode == .briefing ? .secretariatStatement : .response
        default:
            result.role = .intervention
        }

        switch result.role {
        case .intervention:
            if let asking {
                result.kind = asking.kind
                let why = verb.lowercased() == asking.verb.lowercased() ? "" : " (the ask wins over '\(verb)')"
                notes.append("verb '\(asking.verb)' → \(asking.kind)\(why)")
            } else if let pledge {
                result.kind = "pledge"
                notes.append("contribution of '\(pledge.written)' → pledge")
            } else {
                let reading = SummaryVerbTable.reading(
                    ofMainVerb: verb, rest: afterVerb, paragraph: raw.number, line: raw.line)
                result.kind = reading.kind
                notes.append(reading.note)
                diagnostics += reading.warning.map { [$0] } ?? []
            }
            if let pledge {
                result.pledgeAmount = pledge.amount
                result.pledgeCurrency = pledge.currency
                if result.kind != "pledge" {
                    notes.append("also states a contribution of \(pledge.amount) \(pledge.currency)")
                } else {
                    notes.append("\(pledge.amount) \(pledge.currency)")
                }
            }
            if result.kind == "question" || result.kind == "request" {
                let asks = asking?.asks ?? []
                result.asks = asks.count > 1 ? asks : [result.predicate]
                notes.append(result.asks.count == 1 ? "1 ask" : "\(result.asks.count) asks")
            }
        case .chairStatement, .secretariatStatement:
            result.kind = "statement"
            notes.append(
                "verb '\(verb)' → statement" + (raw.mode == .briefing ? " (before the discussion)" : " (framing)"))
        case .response:
            result.commitments = SummaryCommitmentReader.read(segment.entries.map(\.clause.text).joined(separator: " "))
            notes.append("verb '\(verb)'")
            if !result.commitments.isEmpty {
                notes.append(result.commitments.count == 1 ? "1 commitment" : "\(result.commitments.count) commitments")
            }
        default:
            break
        }
        result.explanation = "\(result.role.rawValue): " + notes.joined(separator: "; ") + extra
        return result
    }

    /// The segment without its subject. Later sentences are kept whole, except that a
    /// repeated "The Member State further", "The Secretariat further" or "The Secretariat
    /// added" is dropped and the verb joined on with ", and".
    func predicate(_ segment: SummarySegment) -> String {
        var predicate = ""
        for (index, entry) in segment.entries.enumerated() {
            let clause = entry.clause
            if index == 0 {
                predicate = clause.subject == nil ? clause.text : clause.rest
                if let intro = clause.intro, clause.subject != nil {
                    let stop = predicate.hasSuffix(".") ? "." : ""
                    predicate =
                        SummaryWording.droppingFinalStop(predicate) + ", " + SummaryWording.lowercasedFirst(intro)
                        + stop
                }
            } else if entry.startsSentence,
                Self.furtherSentence.matches(clause.text)
            {
                predicate = SummaryWording.droppingFinalStop(predicate) + ", and " + clause.rest
            } else {
                predicate += " " + clause.text
            }
        }
        return SummaryWording.droppingFinalStop(predicate)
    }
}
