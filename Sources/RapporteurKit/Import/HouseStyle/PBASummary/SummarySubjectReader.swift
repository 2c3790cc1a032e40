import Foundation

/// Finds the subjects of sentences: at the start ("A Member State inquired"), after an
/// opening phrase ("Regarding …, the Secretariat explained") and in the middle of a
/// sentence that reports a second speaker (", another Member State inquired").
enum SummarySubjectReader {
    static let entityAcronyms: Set<String> = [
        "UNICEF", "UNDP", "UNEP", "UNOPS", "UNFPA", "WHO", "FAO", "ILO", "UNESCO", "IOM", "UNHCR", "UNDRR",
        "OHCHR", "UNCDF", "UNON", "UNITAR", "WMO", "UNWOMEN", "OCHA", "WFP", "UNIDO", "UNCTAD", "ECA", "ESCAP",
    ]
    static let connectors: Set<String> = ["of", "the", "and", "de", "du", "da", "d’", "d'", "et", "y"]

    /// Where a second subject may start in a sentence: ", and", "; while", ", but".
    static let clauseBoundary = TextPattern(#"[,;]\s+(?:and\s+|while\s+|whereas\s+|but\s+)?"#, anyCase: true)
    static let sameUnnamedState = TextPattern(
        #"^((?:the same|the said|this|the) member state)(?![s\w])"#, anyCase: true)
    static let newUnnamedState = TextPattern(
        #"^((?:a|one|another|the other|a further|yet another|a different|one other) member state)(?![s\w])"#,
        anyCase: true)
    static let quantities =
        "the |several |some |many |other |a number of |a few |numerous |various |all |most |a group of |a majority of |two |three |four |five |few "
    /// A group of States whose number and names the text does not give.
    static let memberStatesSubject = TextPattern(#"^((?:"# + quantities + #")?member states)\b"#, anyCase: true)
    static let chairSubject = TextPattern(#"^(the (?:co-)?chair(?:person|man|woman|s)?)\b"#, anyCase: true)
    static let secretariatSubject = TextPattern(
        #"^((?:the )?(?:un-habitat )?secretariat|un-habitat|the executive director)(?![\w’'])"#, anyCase: true)
    static let groupSubject = TextPattern(
        #"^[Tt]he ((?:Group of 77 and China|G-?77 and China|European Union|Group of (?:[A-Z][\w-]*\s+(?:and\s+)?){1,5}States|(?:[A-Z][\w-]*\s+){1,4}Group(?:\s+of\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}States)?))\b"#
    )
    static let capitalsSubject = TextPattern(
        #"^([A-Z][A-Z’'\-]+(?:\s+(?:[A-Z][A-Z’'\-]+|OF|AND|THE|DE|DU))*)(?=[\s,(])"#)
    static let delegationLead = TextPattern(
        #"^the (delegates?|delegations?|representatives?) (?:from|of) "#, anyCase: true)
    /// "(…)" or ", speaking on behalf of …," between a subject and its verb.
    static let speakerAside = TextPattern(#"^\s*(?:\([^)]*\)|,\s*(?:speaking\s+)?on behalf of [^,]+,)"#, anyCase: true)

    /// The sentence cut into clauses, each starting at a subject (the first may have none).
    static func clauses(of sentence: String) -> [SummaryClause] {
        var current: SummarySubject?
        var intro: String?
        var restStart = sentence.startIndex
        if let found = subject(in: sentence, at: sentence.startIndex, allowingCapitals: true, speechVerbOnly: false) {
            current = found.subject
            restStart = found.restStart
        } else if let found = firstSubjectAfterComma(in: sentence, from: sentence.startIndex, kinds: .any) {
            current = found.subject
            intro = trimmingClauseEnd(String(sentence[..<found.boundary]))
            restStart = found.restStart
        }
        var clauses: [SummaryClause] = []
        var clauseStart = sentence.startIndex
        // Further speakers in the same sentence: ", another Member State inquired …".
        while let next = firstSubjectAfterComma(in: sentence, from: restStart, kinds: .otherSpeakers) {
            clauses.append(
                SummaryClause(
                    subject: current, intro: intro,
                    rest: trimmingClauseEnd(String(sentence[restStart..<next.boundary])),
                    text: trimmingClauseEnd(String(sentence[clauseStart..<next.boundary]))))
            current = next.subject
            clauseStart = next.subjectStart
            restStart = next.restStart
        }
        clauses.append(
            SummaryClause(
                subject: current, intro: intro,
                rest: String(sentence[restStart...]).trimmingCharacters(in: .whitespaces),
                text: String(sentence[clauseStart...]).trimmingCharacters(in: .whitespaces)))
        return clauses
    }

    enum Kinds { case any, otherSpeakers }

    /// The first subject after ", " (or "; ", ", and ", ", while ") from `start`, followed by a speech verb.
    static func firstSubjectAfterComma(in sentence: String, from start: String.Index, kinds: Kinds)
        -> (subject: SummarySubject, boundary: String.Index, subjectStart: String.Index, restStart: String.Index)?
    {
        let tail = String(sentence[start...])
        // The matches come in order: each index is found from the one before, so that a
        // long sentence with many commas is read in one pass, not once a comma.
        var cursor = (tail: tail.startIndex, sentence: start)
        func sentenceIndex(_ index: String.Index) -> String.Index {
            cursor = (index, sentence.index(cursor.sentence, offsetBy: tail.distance(from: cursor.tail, to: index)))
            return cursor.sentence
        }
        for match in clauseBoundary.allMatches(in: tail) {
            let boundary = sentenceIndex(match.range.lowerBound)
            let subjectStart = sentenceIndex(match.range.upperBound)
            guard let found = subject(in: sentence, at: subjectStart, allowingCapitals: false, speechVerbOnly: true)
            else { continue }
            if kinds == .otherSpeakers {
                switch found.subject.form {
                case .chair, .secretariat, .sameUnnamedState: continue
                default: break
                }
            }
            return (found.subject, boundary, subjectStart, found.restStart)
        }
        return nil
    }

    /// The characters a subject, an aside and adverbs can take before the verb.
    static let subjectWindow = 2_000

    /// A subject starting exactly at `index`, followed (after adverbs) by a verb.
    static func subject(in text: String, at index: String.Index, allowingCapitals: Bool, speechVerbOnly: Bool)
        -> (subject: SummarySubject, restStart: String.Index)?
    {
        // A subject and the verb after it are a few words: the text beyond them is not read.
        let tail = String(text[index...].prefix(subjectWindow))
        guard let (subject, length) = subjectPhrase(tail, allowingCapitals: allowingCapitals) else { return nil }
        let afterSubject = tail.index(tail.startIndex, offsetBy: length)
        guard let verbOffset = verbStart(in: tail, from: afterSubject, speechVerbOnly: speechVerbOnly) else {
            return nil
        }
        return (subject, text.index(index, offsetBy: verbOffset))
    }

    /// The subject at the start of `text` and its length in characters.
    static func subjectPhrase(_ text: String, allowingCapitals: Bool) -> (SummarySubject, Int)? {
        func found(_ match: TextMatch, _ form: SummarySubject.Form) -> (SummarySubject, Int) {
            let written = match.group(1) ?? match.text
            return (
                SummarySubject(form: form, written: written),
                text.distance(from: text.startIndex, to: match.range.upperBound)
            )
        }
        if let match = sameUnnamedState.firstMatch(in: text) {
            return found(match, .sameUnnamedState)
        }
        if let match = newUnnamedState.firstMatch(in: text) {
            return found(match, .newUnnamedState)
        }
        if let match = memberStatesSubject.firstMatch(in: text) {
            return found(match, .memberStates)
        }
        if let named = namedDelegation(text) { return named }
        if let match = chairSubject.firstMatch(in: text) {
            return found(match, .chair)
        }
        if let match = secretariatSubject.firstMatch(in: text) {
            return found(match, .secretariat)
        }
        if let match = groupSubject.firstMatch(in: text), let name = match.group(1) {
            let written = String(text[match.range])
            return (
                SummarySubject(form: .group(name), written: written),
                text.distance(from: text.startIndex, to: match.range.upperBound)
            )
        }
        if allowingCapitals,
            let match = capitalsSubject.firstMatch(in: text),
            let written = match.group(1), written.filter(\.isLetter).count >= 2, written != "UN"
        {
            let form: SummarySubject.Form =
                entityAcronyms.contains(written) ? .entity(written) : .capitals(titleCase(written))
            return (
                SummarySubject(form: form, written: written),
                text.distance(from: text.startIndex, to: match.range.upperBound)
            )
        }
        return nil
    }

    /// "The delegate from France", "The representative of the United Republic of Tanzania",
    /// "The delegates from France and Kenya".
    static func namedDelegation(_ text: String) -> (SummarySubject, Int)? {
        guard let lead = delegationLead.firstMatch(in: text) else { return nil }
        let plural = (lead.group(1) ?? "").hasSuffix("s")
        var words: [String] = []
        var end = lead.range.upperBound
        var index = lead.range.upperBound
        while index < text.endIndex {
            let wordEnd = text[index...].firstIndex(of: " ") ?? text.endIndex
            let word = String(text[index..<wordEnd])
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",;"))
            let isNameWord =
                bare.first?.isUppercase == true || (connectors.contains(bare.lowercased()) && !words.isEmpty)
                || (words.isEmpty && bare.lowercased() == "the")
            guard isNameWord, !SummaryVerbTable.isVerbLike(bare) else { break }
            words.append(bare)
            end = text.index(index, offsetBy: bare.count)
            if word != bare { break }
            index = wordEnd < text.endIndex ? text.index(after: wordEnd) : wordEnd
        }
        while let last = words.last, connectors.contains(last.lowercased()) {
            words.removeLast()
        }
        guard !words.isEmpty else { return nil }
        var name = words.joined(separator: " ")
        if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
        var names = [name]
        if plural {
            names = name.components(separatedBy: ", ").flatMap { $0.components(separatedBy: " and ") }
                .map { $0.hasPrefix("the ") ? String($0.dropFirst(4)) : $0 }
                .filter { !$0.isEmpty }
        }
        let written = String(text[..<end])
        return (SummarySubject(form: .named(names), written: written), text.distance(from: text.startIndex, to: end))
    }

    /// Where the verb starts after a subject ending at `start`: adverbs and an "on behalf of"
    /// aside may come first. Nil when no verb follows.
    static func verbStart(in text: String, from start: String.Index, speechVerbOnly: Bool) -> Int? {
        var rest = text[start...]
        if let aside = speakerAside.firstMatch(in: String(rest)) {
            rest = rest.dropFirst(String(rest).distance(from: String(rest).startIndex, to: aside.range.upperBound))
        }
        let restString = String(rest)
        let leading = restString.prefix(while: { $0 == " " }).count
        guard leading > 0 else { return nil }
        var offset = text.distance(from: text.startIndex, to: rest.startIndex) + leading
        let verbStartOffset = offset
        // Word by word until the verb: the first word that is not an adverb decides.
        var remaining = restString[...]
        while let wordStart = remaining.firstIndex(where: { $0 != " " }) {
            let wordEnd = remaining[wordStart...].firstIndex(of: " ") ?? remaining.endIndex
            let word = String(remaining[wordStart..<wordEnd]).trimmingCharacters(in: CharacterSet(charactersIn: ",;:"))
            remaining = remaining[wordEnd...]
            if SummaryVerbTable.adverbs.contains(word.lowercased()) {
                offset += word.count + 1
                continue
            }
            let accepted =
                speechVerbOnly
                ? SummaryVerbTable.isSpeechVerb(word) && word.first?.isLowercase == true
                : SummaryVerbTable.isVerbLike(word)
            return accepted ? verbStartOffset : nil
        }
        return nil
    }

    /// "UNITED REPUBLIC OF TANZANIA" -> "United Republic of Tanzania".
    static func titleCase(_ capitals: String) -> String {
        capitals.split(separator: " ").enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0 && connectors.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    static func trimmingClauseEnd(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespaces)
        while let last = result.last, ",;".contains(last) { result.removeLast() }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
