import Foundation

/// Splits running text into sentences at ". ", "? " and "! " before a capital letter,
/// a digit or a quote, but not after an abbreviation or an initial ("H.E.", "Dr.",
/// "hrs.", "e.g.", "U.S.").
enum SummarySentenceSplitter {
    static let abbreviations: Set<String> = [
        "h.e", "he", "dr", "mr", "mrs", "ms", "prof", "amb", "st", "no", "nos", "e.g", "i.e", "etc", "vs",
        "hrs", "hr", "res", "dec", "para", "paras", "art", "vol", "approx", "rev", "inc", "ltd", "co", "jr",
        "sr", "op", "ops", "fig", "cf", "al", "u.s", "u.k", "u.n",
    ]

    static func split(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if ".?!".contains(c), index + 2 < characters.count, characters[index + 1] == " " {
                let next = characters[index + 2]
                let startsSentence = next.isUppercase || next.isNumber || "\"“‘'(".contains(next)
                if startsSentence && (c != "." || !endsWithAbbreviation(characters, before: index)) {
                    let sentence = String(characters[start...index]).trimmingCharacters(in: .whitespaces)
                    if !sentence.isEmpty { sentences.append(sentence) }
                    start = index + 2
                }
            }
            index += 1
        }
        let last = String(characters[start...]).trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    /// True when the word before the full stop at `dot` is an abbreviation or a single letter.
    static func endsWithAbbreviation(_ characters: [Character], before dot: Int) -> Bool {
        var wordStart = dot
        while wordStart > 0, !characters[wordStart - 1].isWhitespace, characters[wordStart - 1] != "(" {
            wordStart -= 1
        }
        let word = String(characters[wordStart..<dot]).lowercased()
        if word.count == 1, word.first?.isLetter == true { return true }
        return abbreviations.contains(word)
    }
}
