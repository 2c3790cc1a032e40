import Foundation

/// What one cleaned line of the body of a summary is.
enum SummaryLineKind: Equatable {
    case blank
    /// "MEETING SUMMARY" and similar banner lines.
    case banner
    /// "Agenda item 2 – Implementation of …": label "2" or "2(a)".
    case itemHeading(label: String, title: String)
    /// "Resolution 1/2 - Title", "On resolution 2/7": the keys it names.
    case resolutionHeading(keys: [String], title: String)
    /// A line that switches between discussion and response mode.
    case leadIn(SummaryMode)
    /// "12. A Member State …".
    case numbered(number: Int, text: String)
    /// "- Adoption of the agenda.", "a. the progress …", "(b) …"; the letter or number
    /// of a lettered or numbered entry, nil for a plain bullet.
    case bullet(marker: String?, text: String)
    case text(String)
}

/// Whether numbered paragraphs report what was said or what the Secretariat answered.
enum SummaryMode: String, Equatable {
    /// Before any lead-in under an item: the Chair's framing and the Secretariat's briefing.
    case briefing
    case discussion
    case response
}

enum SummaryLineClassifier {
    /// "12. A Member State …", "12) …": the number and the text after it.
    static let numberedParagraph = TextPattern(#"^([0-9]{1,3})\s*[.)](?:\s+(.*))?$"#, anyCase: true)
    static let banner = TextPattern(#"^(?:meeting summary|summary of proceedings|draft summary)$"#, anyCase: true)
    static let itemHeadingLine = TextPattern(
        #"^(?:agenda\s+)?item\s+([0-9]{1,2})\s*(?:\(([a-z])\)|([a-z])\b)?\s*(?:[–—:.\-]\s*(.*))?$"#, anyCase: true)
    /// "2/7", "2 / 7": one resolution's key.
    static let resolutionPair = TextPattern(#"[0-9]+\s*/\s*[0-9]+"#, anyCase: true)
    static let resolutionHeadingLine = TextPattern(
        #"^(?:on\s+)?resolutions?\s+("# + resolutionPair.pattern + #"(?:\s*(?:,|and|&)\s*"# + resolutionPair.pattern
            + #")*)\s*(?:(?:[–—:]|-)\s*(.*))?$"#, anyCase: true)
    static let leadInWords = TextPattern(#"\b(?:following|as follows)\b"#, anyCase: true)
    static let responseLeadIn = TextPattern(
        #"\b(?:responded|replied|responses?|clarified as follows|provided the following clarifications)\b"#,
        anyCase: true)
    static let discussionLeadIn = TextPattern(
        #"\b(?:discussions?|highlighted the following|raised the following|the following points|interventions|views expressed|made the following)\b"#,
        anyCase: true)
    static let bulletLine = TextPattern(
        #"^(?:([-•*▪◦‣·–])\s*)?(?:(?:\(([a-z]|[ivx]{1,4})\)|([a-z]|[ivx]{2,4})[.)])\s+)?(.*)$"#)

    static func classify(_ line: String) -> SummaryLineKind {
        if line.isEmpty { return .blank }
        if isBanner(line) { return .banner }
        if let heading = itemHeading(line) { return heading }
        if let heading = resolutionHeading(line) { return heading }
        if let bullet = bullet(line) { return bullet }
        if let mode = leadIn(line) { return .leadIn(mode) }
        if let match = numberedParagraph.firstMatch(in: line),
            let number = Int(match.group(1) ?? "")
        {
            return .numbered(number: number, text: match.group(2) ?? "")
        }
        return .text(line)
    }

    static func isBanner(_ line: String) -> Bool {
        banner.matches(line)
    }

    /// "Agenda item 2 – Title.", "Item 2(a): Title", "Agenda item 3".
    static func itemHeading(_ line: String) -> SummaryLineKind? {
        guard line.first?.isUppercase == true,
            let match = itemHeadingLine.firstMatch(in: line), let number = match.group(1)
        else { return nil }
        var label = number
        if let letter = match.group(2) ?? match.group(3) { label += "(\(letter.lowercased()))" }
        return .itemHeading(label: label, title: trimmingFinalPunctuation(match.group(4) ?? ""))
    }

    /// "Resolution 1/2 - Title", "Resolution 2/5: Title", "Resolution 2/1- Title",
    /// "On resolution 2/7", "Resolutions 2/1 and 2/5". A line going on with "of the
    /// Assembly …" is running text, not a heading.
    static func resolutionHeading(_ line: String) -> SummaryLineKind? {
        guard line.first?.isUppercase == true,
            let match = resolutionHeadingLine.firstMatch(in: line), let list = match.group(1)
        else { return nil }
        let keys = resolutionPair.allMatches(in: list).map { $0.text.filter { !$0.isWhitespace } }
        return .resolutionHeading(keys: keys, title: match.group(2) ?? "")
    }

    /// "Following the presentation by the Secretariat, the discussions highlighted the
    /// following:" and "In light of the views expressed by Member States, the Secretariat
    /// responded as follows:".
    static func leadIn(_ line: String) -> SummaryMode? {
        guard line.hasSuffix(":"), line.count < 250,
            leadInWords.matches(line)
        else { return nil }
        if responseLeadIn.matches(line) {
            return .response
        }
        if discussionLeadIn.matches(line) {
            return .discussion
        }
        return nil
    }

    /// A list entry: "- text", "• text", "a. text", "(a) text", "- a. text", "ii. text".
    static func bullet(_ line: String) -> SummaryLineKind? {
        guard let match = bulletLine.firstMatch(in: line) else { return nil }
        let dash = match.group(1)
        let marker = match.group(2) ?? match.group(3)
        guard dash != nil || marker != nil else { return nil }
        let text = match.group(4) ?? ""
        // "- " alone or "a." alone is not a list entry worth keeping; neither is text after a
        // hyphen glued to it ("-based …" is a broken word).
        if let dash, marker == nil, line.dropFirst(dash.count).first != " " { return nil }
        if marker != nil, dash == nil, text.isEmpty { return nil }
        return .bullet(marker: marker, text: text)
    }

    /// "Adoption of the agenda." -> "Adoption of the agenda"; also ":" and ";".
    static func trimmingFinalPunctuation(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespaces)
        while let last = result.last, ".:;,".contains(last) { result.removeLast() }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
