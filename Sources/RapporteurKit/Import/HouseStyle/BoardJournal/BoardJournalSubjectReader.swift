import Foundation

/// Finds who speaks in a sentence of a Board journal: delegations in capitals, alone,
/// joint or for a group, the Secretariat as "UN-Habitat" or the Executive Director, the
/// Chair and other officers, unnamed Member States, and "The representative …" or
/// "It also …" carrying on the speaker before. A subject counts only when a verb follows
/// it; a State named further on ("thanked Sweden and Germany") is not a speaker.
enum BoardJournalSubjectReader {
    /// "THE NETHERLANDS", "TRINIDAD AND TOBAGO", "USA": one name in capitals.
    static let capitalsName = #"(?:THE\s+)?[A-Z][A-Z’'\-]*[A-Z](?:\s+(?:[A-Z][A-Z’'\-]*[A-Z]|OF|AND|THE|DE|DU))*"#
    /// One name or several: "USA, MALAWI, and ARGENTINA", "FRANCE and COLOMBIA".
    static let capitalsList = TextPattern(
        #"^("# + capitalsName + #"(?:(?:,\s*(?:and\s+)?|\s+and\s+)"# + capitalsName + #")*)(?=[\s,])"#)
    static let listSeparator = TextPattern(#",\s*(?:and\s+)?|\s+and\s+"#)
    /// ", on behalf of the African Group," after the State that speaks for it.
    static let onBehalfOf = TextPattern(#"^,?\s*(?:speaking\s+)?on behalf of (?:the\s+)?([^,]+?)\s*,"#, anyCase: true)
    static let memberStates = TextPattern(
        #"^((?:several |some |many |most |all |other |a number of |a few |the )?member states)\b"#, anyCase: true)
    static let secretariat = TextPattern(
        #"^((?:the )?un-habitat(?: secretariat| executive director| deputy executive director)?|(?:the )?secretariat|the (?:deputy )?executive director)(?![\w’'-])"#,
        anyCase: true)
    /// The Chair, or the Vice-Chair presiding in the Chair's absence.
    static let chair = TextPattern(
        #"^(the (?:co-|vice-)?chair(?:person)?(?: of the (?:executive )?board)?)(?![\w’'])"#, anyCase: true)
    static let officer = TextPattern(
        #"^(?:the )?(president of the (?:un-habitat )?assembly|(?:vice-)?president of the [a-z -]+?|rapporteur)(?![\w’'])"#,
        anyCase: true)
    static let sameSpeaker = TextPattern(
        #"^(the (?:representative|delegate|delegation)|it|she|he|they)(?![\w’'])"#, anyCase: true)
    /// "The meeting began with opening remarks by the Chair …", "followed by a statement
    /// by the President of …": the speaker is named after "by".
    static let remarksBy = TextPattern(
        #"\b(?:remarks|a statement|statements|an update|a presentation|a briefing|an address) by (the [^,]+?|UN-Habitat[^,]*?)(?=,|\s+who\b|\s+on\b|\.|$)"#,
        anyCase: true)
    /// "Mr. Jafaar Barmaki of the Islamic Republic of Iran": a person, then whom they represent.
    static let personOf = TextPattern(
        #"^,\s*((?:H\.\s?E\.?\s+)?(?:Mr|Ms|Mrs|Dr|Prof|Amb)\.?\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?:\s+of\s+(?:the\s+)?([A-Z][^,]*?))?\s*,"#
    )
    /// Words that are capitals but no delegation: abbreviations of the text's own subjects.
    static let notDelegations: Set<String> = ["UN", "SDG", "SDGS", "COVID", "NUA", "VLR", "VLRS", "THE", "AND"]

    /// The subject at the start of the sentence, or, for delegations and unnamed States,
    /// after an opening phrase ("To help with …, FRANCE and COLOMBIA stressed …").
    static func subject(of sentence: String) -> BoardJournalSubject? {
        if let found = subject(at: sentence, intro: nil) { return found }
        var searchFrom = sentence.startIndex
        while let comma = sentence[searchFrom...].firstIndex(of: ",") {
            let after = sentence[sentence.index(after: comma)...].drop(while: { $0 == " " })
            let intro = String(sentence[..<comma])
            if let found = subject(at: String(after), intro: intro) {
                switch found.form {
                case .states, .group, .memberStates: return found
                default: break
                }
            }
            searchFrom = sentence.index(after: comma)
        }
        return remarks(in: sentence)
    }

    /// "The meeting began with opening remarks by the Chair …, who recalled …".
    static func remarks(in sentence: String) -> BoardJournalSubject? {
        guard let match = remarksBy.firstMatch(in: sentence), let speaker = match.group(1),
            let found = phrase(speaker + " spoke")
        else { return nil }
        var rest = sentence[match.range.upperBound...]
        // ", Mr. … of …, who recalled …": what they said starts at the verb after "who".
        if let who = rest.range(of: " who ") { rest = rest[who.upperBound...] }
        switch found.form {
        case .chair, .secretariat, .officer:
            return BoardJournalSubject(form: found.form, written: speaker, rest: String(rest), intro: nil)
        default:
            return nil
        }
    }

    static func subject(at text: String, intro: String?) -> BoardJournalSubject? {
        guard var found = phrase(text) else { return nil }
        found.intro = intro.map { $0.trimmingCharacters(in: .whitespaces) }
        return found
    }

    /// A subject at the start of `text`, followed by its verb.
    static func phrase(_ text: String) -> BoardJournalSubject? {
        func verbAfter(_ end: String.Index, form: BoardJournalSubject.Form, written: String) -> BoardJournalSubject? {
            // "It was agreed …" is no speaker's: a pronoun carries on a speaker only with a verb of speech.
            let speechOnly = form == .sameSpeaker
            var rest = text[end...]
            // A person named after the title: "UN-Habitat Executive Director Ms. Maimunah …".
            rest = rest.drop(while: { $0 == " " })
            while let word = rest.split(separator: " ").first, word.first?.isUppercase == true,
                form == .secretariat || form == .chair
            {
                rest = rest.dropFirst(word.count).drop(while: { $0 == " " })
            }
            guard let verb = verbStart(in: rest, speechOnly: speechOnly) else { return nil }
            return BoardJournalSubject(form: form, written: written, rest: String(rest[verb...]), intro: nil)
        }
        if let match = sameSpeaker.firstMatch(in: text) {
            return verbAfter(match.range.upperBound, form: .sameSpeaker, written: match.group(1) ?? match.text)
        }
        if let match = memberStates.firstMatch(in: text) {
            return verbAfter(match.range.upperBound, form: .memberStates, written: match.group(1) ?? match.text)
        }
        if let match = secretariat.firstMatch(in: text) {
            return verbAfter(match.range.upperBound, form: .secretariat, written: match.group(1) ?? match.text)
        }
        if let match = chair.firstMatch(in: text) {
            return verbAfter(match.range.upperBound, form: .chair, written: match.group(1) ?? match.text)
        }
        if let match = officer.firstMatch(in: text), let title = match.group(1) {
            let name = title.prefix(1).uppercased() + title.dropFirst()
            return verbAfter(match.range.upperBound, form: .officer(name), written: match.text)
        }
        return delegations(text)
    }

    /// "USA, MALAWI, and ARGENTINA …", "MOZAMBIQUE, on behalf of the African Group, …".
    static func delegations(_ text: String) -> BoardJournalSubject? {
        guard let match = capitalsList.firstMatch(in: text), let written = match.group(1) else { return nil }
        var names: [String] = []
        var start = written.startIndex
        for separator in listSeparator.allMatches(in: written) {
            names.append(String(written[start..<separator.range.lowerBound]))
            start = separator.range.upperBound
        }
        names.append(String(written[start...]))
        guard !names.isEmpty,
            names.allSatisfy({ name in
                !notDelegations.contains(name) && !name.contains(where: \.isNumber)
                    && name.filter(\.isLetter).count >= 2
            })
        else { return nil }
        var end = match.range.upperBound
        var form: BoardJournalSubject.Form =
            names.count == 1 && SummarySubjectReader.entityAcronyms.contains(names[0])
            ? .entity(names[0]) : .states(names.map(stateName))
        if let group = onBehalfOf.firstMatch(in: String(text[end...])), let name = group.group(1) {
            form = .group(name, through: names.map(stateName).joined(separator: ", "))
            end = text.index(end, offsetBy: group.text.count)
        }
        let rest = text[end...].drop(while: { $0 == " " })
        guard let verb = verbStart(in: rest) else { return nil }
        return BoardJournalSubject(form: form, written: written, rest: String(rest[verb...]), intro: nil)
    }

    /// Where the verb starts: after adverbs ("also", "broadly", "jointly"), the first
    /// word, which must read as a verb. Nil when none follows.
    static func verbStart(in text: Substring, speechOnly: Bool = false) -> String.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let wordEnd = text[index...].firstIndex(of: " ") ?? text.endIndex
            let word = text[index..<wordEnd].trimmingCharacters(in: .punctuationCharacters)
            if SummaryVerbTable.adverbs.contains(word.lowercased()) || (word.hasSuffix("ly") && word.count > 4) {
                index = text[wordEnd...].firstIndex(where: { $0 != " " }) ?? text.endIndex
                continue
            }
            let isVerb =
                speechOnly
                ? SummaryVerbTable.isSpeechVerb(word) && word.first?.isLowercase == true
                : SummaryVerbTable.isVerbLike(word)
            return isVerb ? index : nil
        }
        return nil
    }

    /// "THE NETHERLANDS" -> "Netherlands", "MALAWI" -> "Malawi"; "USA" stays.
    static func stateName(_ capitals: String) -> String {
        var words = capitals.split(separator: " ").map(String.init)
        if words.first == "THE", words.count > 1 { words.removeFirst() }
        if words.count == 1, words[0].count <= 3 { return words[0] }
        return SummarySubjectReader.titleCase(words.joined(separator: " "))
    }

    /// "Ms. Martha Delgado" and "Mexico" from ", Ms. Martha Delgado of Mexico, who …"
    /// after a title; nil when no person is named there.
    static func person(after text: Substring) -> (name: String, of: String?)? {
        guard let match = personOf.firstMatch(in: String(text)), let name = match.group(1) else { return nil }
        return (name, match.group(2))
    }
}
