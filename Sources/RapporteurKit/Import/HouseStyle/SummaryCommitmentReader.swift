import Foundation

/// Finds what a response undertakes: "it would consult with …", "committed to make …",
/// "a draft would be shared with Member States", "could be provided upon request",
/// "stood ready to communicate …", "a further update was expected at the … session".
/// A plan reported as such ("was planned to", "the plan at the moment was") is not an
/// undertaking. Dues come only from the text: a date, the end of a year, a meeting, a
/// request, "as early as possible"; never one made up.
enum SummaryCommitmentReader {
    /// Verbs the Secretariat undertakes things with ("it would share …").
    static let actions: Set<String> = [
        "share", "reshare", "circulate", "recirculate", "consult", "launch", "provide", "send", "resend", "update",
        "make", "present", "organize", "organise", "submit", "publish", "inform", "follow", "prepare", "convene",
        "facilitate", "broadcast", "brief", "ensure", "engage", "reach", "invite", "report", "post", "upload",
        "translate", "develop", "finalize", "finalise", "include", "incorporate", "hold", "arrange", "explore",
        "review", "revise", "distribute", "communicate", "issue", "schedule", "work", "seek",
    ]
    /// Participles of the passive form and the verb that says what will be done.
    static let participles: [String: String] = [
        "shared": "share", "reshared": "reshare", "circulated": "circulate", "provided": "provide",
        "launched": "launch", "sent": "send", "resent": "resend", "posted": "post", "published": "publish",
        "presented": "present", "made": "make", "incorporated": "incorporate", "updated": "update",
        "uploaded": "upload", "translated": "translate", "distributed": "distribute", "broadcast": "broadcast",
        "organized": "organize", "organised": "organise", "convened": "convene", "submitted": "submit",
        "issued": "issue", "available": "make available",
    ]

    /// "it would consult with X and would circulate Y", "the Secretariat will share …".
    static let activeUndertaking = TextPattern(
        #"\b(?:it|the secretariat|un-habitat|the organization|we)\s+(?:would|will)\s+(?:also\s+|further\s+|then\s+)?([A-Za-z]+)\b|\band\s+(?:would|will)\s+(?:also\s+)?([A-Za-z]+)\b"#,
        anyCase: true)
    /// "committed to make …", "undertook to …".
    static let committedTo = TextPattern(#"\b(?:committed|undertook|agreed)\s+to\s+([a-z]+)\b"#, anyCase: true)
    /// "stood ready to communicate …", "it would be ready to support …".
    static let readyTo = TextPattern(
        #"\b(?:stood|stands|was|is|remained|remains|would be|will be)\s+(?:always\s+)?ready\s+to\s+([a-z]+)\b"#,
        anyCase: true)
    // The subject runs to "would be …" but never across ", and" or "and the …", where another clause starts;
    // and over a few hundred characters at most, so that a sentence with no full stop is not read again
    // from each of its words.
    static let passiveSubject = #"(?:(?!,\s+and\s|\s+and\s+(?:a|an|the|some|it|that)\s)[^.;]){0,400}?"#
    /// "a draft would be shared with Member States", "analytics … could be provided upon request".
    static let passiveUndertaking = TextPattern(
        #"(?:\bthat\s+|,\s+and\s+|\band\s+|,\s+)((?:a|an|the|some|further|all|any|its|efforts|documents|analytics|information)\b"#
            + passiveSubject + #"|(?<=that\s)"# + passiveSubject + #")\s+(?:would|will|could|can)\s+(?:also\s+)?be\s+("#
            + participles.keys.sorted { $0.count > $1.count }.joined(separator: "|") + #")\b"#, anyCase: true)
    /// "a further update was expected at the 2025 first session of the Executive Board": what
    /// is expected of the Secretariat by a stated time. Without one it is only an expectation.
    static let expectedBy = TextPattern(
        #"(?:\bthat\s+|,\s+and\s+|\band\s+|,\s+)((?:a|an|the|some|further|its)\b"# + passiveSubject
            + #")\s+(?:was|were|is|are)\s+(?:also\s+)?expected\s+(?=(?:at|by|before|during|in)\s)"#, anyCase: true)
    /// Where being available is an undertaking: a stated place or time.
    static let availableWhere = TextPattern(
        #"^(?:online|on the website|by\b|before\b|to member states)"#, anyCase: true)
    /// Where the clause after a verb ends.
    static let clauseStops = [
        TextPattern(#"\s+and\s+(?:would|will|could)\b"#, anyCase: true),
        TextPattern(#",\s+(?:but|while|whereas|as|since|adding|noting)\b"#, anyCase: true),
        TextPattern(
            #"\s+and\s+(?:a|an|the|it|that|some)\s+\w+(?:\s+\w+){0,6}\s+(?:would|will|was|were|had|could)\b"#,
            anyCase: true),
        TextPattern(#"\.\s*$"#, anyCase: true),
    ]
    static let earlierSubject = TextPattern(#"\bthat\s+(.+?)\s+(?:was|were|had been|has been)\b"#, anyCase: true)
    static let aDraft = TextPattern(#"^(?:a|the) draft$"#, anyCase: true)
    static let draftOwner = TextPattern(
        #"\b(Handbook|Guidelines|Report|Strategy|Toolkit|Playbook|Outlook|Compendium|Plan|Framework)\b"#)
    static let uponRequest = TextPattern(#"\s*\b(?:upon|on|if|when) request(?:ed)?\b"#, anyCase: true)
    /// "should Member States request …", "if Member States so requested": a condition that
    /// is a request, kept in the text, which says what would be asked for.
    static let shouldRequest = TextPattern(
        #"\b(?:should|if|when|where)\s+(?:(?:a|the|any)\s+)?(?:member states?|states?|delegations?|they|the board|the bureau)\s+(?:so\s+)?(?:request|requested|requests)\b"#,
        anyCase: true)
    /// "as early as possible", "as soon as possible": no date is stated, and none is made up.
    static let asEarlyAsPossible = TextPattern(#"\bas\s+(?:early|soon)\s+as\s+possible\b"#, anyCase: true)
    /// "at the 2024 second session of the Executive Board", "at the second session of the
    /// Executive Board in December 2024": the meeting (group 1) and the year the month
    /// after it names (group 2).
    static let dueMeeting = TextPattern(
        #"\b(?:at|to|during|before|by)\s+the\s+((?:[0-9]{4}\s+)?(?:[a-z-]+\s+)?(?:session|meeting)\s+of\s+the\s+[^,.;]+?)(?=\s+(?:in|on|from|scheduled|to be held)\b|[,.;]|$)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?([0-9]{4})\b)?"#,
        anyCase: true)
    static let inMonthYear = TextPattern(#"^in\s+[A-Z][a-z]+\s+[0-9]{4}$"#, anyCase: true)
    static let dueDay = TextPattern(
        #"\s*\b(?:by|before|on|not later than)\s+([0-9]{1,2}\s+[A-Za-z]{3,9}\.?\s+[0-9]{4})"#, anyCase: true)
    static let dueYearEnd = TextPattern(
        #"\s*\b(?:by|at|before|towards?)\s+(?:the\s+)?end\s+of\s+([0-9]{4})\b"#, anyCase: true)
    static let dueMonth = TextPattern(
        #"\s*\b(?:by|before)\s+(?:the\s+end\s+of\s+)?([A-Za-z]{3,9})\s+([0-9]{4})\b"#, anyCase: true)

    static func read(_ text: String) -> [ParsedCommitment] {
        SummarySentenceSplitter.split(text).flatMap(readSentence)
    }

    static func readSentence(_ sentence: String) -> [ParsedCommitment] {
        var found: [(position: String.Index, commitment: ParsedCommitment)] = []
        // "it would consult with X and would circulate Y", "the Secretariat will share …".
        for match in activeUndertaking.allMatches(in: sentence) {
            guard let verbRange = match.groupRanges[1] ?? match.groupRanges[2] else { continue }
            let verb = String(sentence[verbRange]).lowercased()
            guard actions.contains(verb) else { continue }
            var object = clause(from: verbRange.upperBound, in: sentence)
            if object.isEmpty, let dropped = objectOfEarlierClause(sentence, before: match.range.lowerBound) {
                object = dropped
            }
            found.append((match.range.lowerBound, make(verb + (object.isEmpty ? "" : " " + object))))
        }
        // "committed to make …", "undertook to …".
        for match in committedTo.allMatches(in: sentence) {
            guard let verbRange = match.groupRanges[1] else { continue }
            let object = clause(from: verbRange.upperBound, in: sentence)
            found.append((match.range.lowerBound, make(String(sentence[verbRange]) + " " + object)))
        }
        // "stood ready to communicate should circumstances change".
        for match in readyTo.allMatches(in: sentence) {
            guard let verbRange = match.groupRanges[1] else { continue }
            let object = clause(from: verbRange.upperBound, in: sentence)
            found.append((match.range.lowerBound, make(String(sentence[verbRange]) + " " + object)))
        }
        // "a further update was expected at the 2025 first session of the Executive Board".
        for match in expectedBy.allMatches(in: sentence) {
            guard var subject = match.group(1) else { continue }
            subject = subject.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            let rest = clause(from: match.range.upperBound, in: sentence)
            let commitment = make("\(subject) \(rest)")
            guard commitment.due != .none else { continue }
            found.append((match.range.lowerBound, commitment))
        }
        // "a draft would be shared with Member States", "analytics … could be provided upon request".
        for match in passiveUndertaking.allMatches(in: sentence) {
            guard var subject = match.group(1), let participle = match.group(2),
                let participleRange = match.groupRanges[2]
            else { continue }
            // "that, pursuant to the rules …, documents …": the aside is not the subject.
            if subject.hasPrefix(","), let afterAside = subject.dropFirst().range(of: ", ") {
                subject = String(subject[afterAside.upperBound...])
            }
            subject = subject.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            let rest = clause(from: participleRange.upperBound, in: sentence)
            let lower = participle.lowercased()
            var text: String
            if lower == "available" {
                // Only a stated place or time makes availability an undertaking.
                guard availableWhere.matches(rest) else { continue }
                text = "make \(subject) available \(rest)"
            } else if lower == "made", subject.lowercased().hasPrefix("efforts"), rest.lowercased().hasPrefix("to ") {
                text = String(rest.dropFirst(3))
            } else {
                text = "\(participles[lower] ?? lower) \(withDraftOwner(subject, in: sentence)) \(rest)"
            }
            found.append((match.range.lowerBound, make(text)))
        }
        return found.sorted { $0.position < $1.position }.map(\.commitment)
    }

    /// The clause after a verb: up to the end of the sentence, the next "and would …",
    /// ", but", ", while", ", as …" or the next clause with a subject of its own.
    static func clause(from start: String.Index, in sentence: String) -> String {
        var text = String(sentence[start...])
        for stop in clauseStops {
            if let match = stop.firstMatch(in: text) {
                text = String(text[..<match.range.lowerBound])
            }
        }
        return text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
    }

    /// "the Note Verbale … was shared with all Member States and would reshare": the
    /// thing re-shared is the subject of the earlier clause.
    static func objectOfEarlierClause(_ sentence: String, before index: String.Index) -> String? {
        let head = String(sentence[..<index])
        guard let match = earlierSubject.firstMatch(in: head) else { return nil }
        return match.group(1)
    }

    /// "a draft" -> "a draft of the handbook" when the sentence names what it drafts.
    static func withDraftOwner(_ subject: String, in sentence: String) -> String {
        guard aDraft.matches(subject),
            let owner = draftOwner.firstMatch(in: sentence),
            let noun = owner.group(1)
        else { return subject }
        return "\(subject) of the \(noun.lowercased())"
    }

    /// The commitment with its due read from the text, and the due phrase removed when it ends the text.
    static func make(_ written: String) -> ParsedCommitment {
        var text = ASCIIText.collapsingWhitespace(written)
        var due = ParsedCommitment.Due.none
        if let match = uponRequest.firstMatch(in: text) {
            due = .uponRequest
            text.removeSubrange(match.range)
        } else if shouldRequest.matches(text) {
            due = .uponRequest
        } else if let (date, range) = dueDate(in: text) {
            // A stated date wins over "or as soon as possible" beside it.
            due = .date(date)
            if text[range.upperBound...].trimmingCharacters(in: .whitespaces).isEmpty { text.removeSubrange(range) }
        } else if asEarlyAsPossible.matches(text) {
            due = .asEarlyAsPossible
        } else if let match = dueMeeting.firstMatch(in: text),
            let meeting = match.group(1), !meeting.lowercased().hasPrefix("current")
        {
            // "the second session of the Executive Board in December 2024" takes its year from the month.
            let namesYear = meeting.contains(where: \.isNumber)
            due = .meeting(namesYear ? meeting : match.group(2).map { "\($0) \(meeting)" } ?? meeting)
            let before = text[..<match.range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            let tail = text[match.range.upperBound...].trimmingCharacters(in: .whitespaces)
            let endsText = tail.isEmpty || inMonthYear.matches(tail)
            // "to be made at the … session" names the meeting as part of the thing itself.
            if endsText, !["made", "held", "presented", "submitted"].contains(before) {
                text = String(text[..<match.range.lowerBound])
            }
        }
        return ParsedCommitment(text: text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;.")), due: due)
    }

    /// "by 28 October 2024", "by the end of 2024", "at the end of 2024", "by March 2025".
    static func dueDate(in text: String) -> (CalendarDate, Range<String.Index>)? {
        if let match = dueDay.firstMatch(in: text),
            let date = match.group(1).flatMap(UNDate.parse)
        {
            return (date, match.range)
        }
        if let match = dueYearEnd.firstMatch(in: text),
            let year = match.group(1).flatMap({ ASCIIText.integer($0, in: CalendarDate.enteredYears) }),
            let date = CalendarDate(year: year, month: 12, day: 31)
        {
            return (date, match.range)
        }
        if let match = dueMonth.firstMatch(in: text),
            let month = UNDate.monthNumber(match.group(1)?.lowercased() ?? ""),
            let year = ASCIIText.integer(match.group(2) ?? "", in: CalendarDate.enteredYears),
            let last = (28...31).reversed().compactMap({ CalendarDate(year: year, month: month, day: $0) }).first
        {
            return (last, match.range)
        }
        return nil
    }
}
