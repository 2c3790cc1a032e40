/// A meeting summary as an Akoma Ntoso 3.0 `debateReport`, named as AKN4UN names UN
/// documents: FRBR work, expression and manifestation URIs, the speakers as
/// `TLCPerson`/`TLCOrganization` references, each agenda item a `debateSection`, each
/// record a `speech` or `question` whose `by` points to its speaker, the document's own
/// paragraphs as `blockContainer`s, and each resolution named in a heading or paragraph a `ref`
/// to its canonical URI. Written from the same `SummaryDocument` as the other formats,
/// so the attribution style holds: an anonymous summary names no State here either.
public struct AkomaNtosoSummary: Sendable {
    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    public let document: SummaryDocument

    public init(_ document: SummaryDocument) {
        self.document = document
    }

    /// "/akn/un/debateReport/summary/unhabitat-pba/2024-10-16/56".
    public var workURI: String {
        let number = document.number.map(String.init) ?? Self.segment(document.handle)
        return "/akn/un/debateReport/summary/unhabitat-\(Self.segment(document.bodyCode))/\(document.date)/\(number)"
    }

    /// "/akn/un/statement/deliberation/unhabitat/2023-06-09/2-7" for resolution 2/7 of the Assembly.
    public func resolutionURI(_ key: String) -> String {
        let number = key.replacingOccurrences(of: "/", with: "-")
        guard let date = document.resolutionDates[key] else {
            return "/akn/un/statement/deliberation/unhabitat/\(number)"
        }
        return "/akn/un/statement/deliberation/unhabitat/\(date)/\(number)"
    }

    /// Every speaker the summary gives the floor to, once, in order of first appearance.
    public var references: [SpeakerReference] {
        var seen = Set<String>()
        return document.sections.flatMap { $0.blocks.flatMap { $0.paragraph?.speakers ?? [] } }
            .filter { seen.insert($0.id).inserted }
    }

    public var xml: String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<akomaNtoso xmlns="\#(Self.namespace)">"#,
            #"  <debateReport name="summary">"#,
        ]
        lines += meta()
        lines += preface()
        lines.append("    <mainBody>")
        // A session written day by day: each day a section holding its items' sections.
        var dayOpen = false
        for (index, section) in document.sections.enumerated() {
            if let heading = section.dayHeading {
                if dayOpen { lines.append("      </debateSection>") }
                lines.append(#"      <debateSection eId="dbsect_day_\#(section.day ?? index + 1)" name="day">"#)
                lines.append("        <heading>\(linked(heading))</heading>")
                dayOpen = true
            }
            lines += self.section(section, id: "dbsect_\(index + 1)")
        }
        if dayOpen { lines.append("      </debateSection>") }
        lines += ["    </mainBody>", "  </debateReport>", "</akomaNtoso>"]
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Metadata

    private func meta() -> [String] {
        let work = workURI
        let date = document.date.description
        var lines = [
            "    <meta>",
            ##"      <identification source="#rapporteur">"##,
            "        <FRBRWork>",
            #"          <FRBRthis value="\#(work)/!main"/>"#,
            #"          <FRBRuri value="\#(work)"/>"#,
            #"          <FRBRdate date="\#(date)" name="meeting"/>"#,
            ##"          <FRBRauthor href="#body"/>"##,
            #"          <FRBRcountry value="un"/>"#,
        ]
        if let number = document.number { lines.append(#"          <FRBRnumber value="\#(number)"/>"#) }
        lines += [
            #"          <FRBRname value="summary"/>"#,
            "        </FRBRWork>",
            "        <FRBRExpression>",
            #"          <FRBRthis value="\#(work)/eng@/!main"/>"#,
            #"          <FRBRuri value="\#(work)/eng@"/>"#,
            #"          <FRBRdate date="\#(date)" name="meeting"/>"#,
            ##"          <FRBRauthor href="#secretariat"/>"##,
            #"          <FRBRlanguage language="eng"/>"#,
            "        </FRBRExpression>",
            "        <FRBRManifestation>",
            #"          <FRBRthis value="\#(work)/eng@/!main.xml"/>"#,
            #"          <FRBRuri value="\#(work)/eng@.akn"/>"#,
            #"          <FRBRdate date="\#(date)" name="meeting"/>"#,
            ##"          <FRBRauthor href="#rapporteur"/>"##,
            "        </FRBRManifestation>",
            "      </identification>",
            ##"      <references source="#rapporteur">"##,
            organization("rapporteur", "/akn/ontology/organizations/un/rapporteur", "Rapporteur"),
            organization(
                "body", "/akn/ontology/organizations/un/unhabitat-\(Self.segment(document.bodyCode))",
                document.bodyName),
        ]
        var speakers = references
        if !speakers.contains(where: { $0.id == SpeakerReference.secretariat.id }) {
            speakers.append(.secretariat)
        }
        for speaker in speakers {
            let folder = speaker.kind == .person ? "persons" : "organizations"
            lines.append(
                #"        <\#(speaker.kind.rawValue) eId="\#(speaker.id)" "#
                    + #"href="/akn/ontology/\#(folder)/un/\#(speaker.id)" showAs="\#(Self.escaped(speaker.showAs))"/>"#)
        }
        lines += ["      </references>", "    </meta>"]
        return lines
    }

    private func organization(_ id: String, _ href: String, _ showAs: String) -> String {
        #"        <TLCOrganization eId="\#(id)" href="\#(href)" showAs="\#(Self.escaped(showAs))"/>"#
    }

    private func preface() -> [String] {
        var lines = [
            "    <preface>",
            #"      <p class="title"><docTitle>\#(Self.escaped(document.title))</docTitle></p>"#,
            #"      <p class="date"><docDate date="\#(document.date)">\#(Self.escaped(document.when))</docDate></p>"#,
        ]
        if let venue = document.venue { lines.append(#"      <p class="venue">\#(Self.escaped(venue))</p>"#) }
        if let chair = document.chair { lines.append(#"      <p class="chair">\#(Self.escaped(chair))</p>"#) }
        lines.append("    </preface>")
        return lines
    }

    // MARK: The debate

    private func section(_ section: SummarySection, id: String) -> [String] {
        var lines = [
            #"      <debateSection eId="\#(id)" name="agendaItem">"#,
            "        <heading>\(linked(section.heading))</heading>",
        ]
        var open: String?
        var count = 0
        func close() {
            if open != nil { lines.append("        </debateSection>") }
            open = nil
        }
        for block in section.blocks {
            let indent = open == nil ? "        " : "          "
            count += 1
            if let heading = block.subheading {
                close()
                open = "\(id)__dbsect_\(count)"
                lines.append(#"        <debateSection eId="\#(open!)" name="resolution">"#)
                lines.append("          <heading>\(linked(heading))</heading>")
            } else if let leadIn = block.leadIn {
                close()
                lines.append(#"        <p class="leadIn">\#(linked(leadIn))</p>"#)
            } else if let paragraph = block.paragraph {
                lines += self.paragraph(paragraph, section: id).map { indent + $0 }
            }
        }
        close()
        lines.append("      </debateSection>")
        return lines
    }

    private func paragraph(_ paragraph: SummaryBlock.Paragraph, section: String) -> [String] {
        let number = "<num>\(paragraph.number).</num>"
        var body = ["<p>\(linked(paragraph.text))</p>"]
        if !paragraph.list.isEmpty {
            body.append(
                "<blockList eId=\"\(section)__list_\(paragraph.number)\">"
                    + paragraph.list.enumerated().map { index, line in
                        "<item eId=\"\(section)__list_\(paragraph.number)__item_\(index + 1)\">"
                            + "<p>\(Self.escaped(line.marker)) \(linked(line.text))</p></item>"
                    }.joined() + "</blockList>")
        }
        guard let speaker = paragraph.speakers.first else {
            return [#"<blockContainer eId="para_\#(paragraph.number)">\#(number)\#(body.joined())</blockContainer>"#]
        }
        let element = paragraph.isQuestion ? "question" : "speech"
        return [
            ##"<\##(element) eId="\##(element)_\##(paragraph.number)" by="#\##(speaker.id)">\##(number)"##
                + "\(body.joined())</\(element)>"
        ]
    }

    /// The text escaped, with each resolution it names a `ref` to its URI: "resolution 2/7",
    /// and each of a list, "resolutions 2/1, 2/5 and 2/7".
    private func linked(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        let keys = document.resolutionDates.keys.sorted { $0.count > $1.count }
        func key(at text: Substring) -> String? {
            keys.first { text.hasPrefix($0) && !(text.dropFirst($0.count).first?.isNumber ?? false) }
        }
        while let range = rest.range(of: "esolution") {
            var end = range.upperBound
            if rest[end...].hasPrefix("s ") {
                end = rest.index(end, offsetBy: 2)
            } else if rest[end...].hasPrefix(" ") {
                end = rest.index(after: end)
            }
            result += Self.escaped(String(rest[..<end]))
            rest = rest[end...]
            while let found = key(at: rest) {
                result += #"<ref href="\#(resolutionURI(found))">\#(found)</ref>"#
                rest = rest.dropFirst(found.count)
                guard
                    let separator = [", and ", ", ", " and "].first(where: { separator in
                        rest.hasPrefix(separator) && key(at: rest.dropFirst(separator.count)) != nil
                    })
                else { break }
                result += separator
                rest = rest.dropFirst(separator.count)
            }
        }
        return result + Self.escaped(String(rest))
    }

    /// Text for XML content and attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A URI or id segment: "PBA" -> "pba", "2/7" -> "2-7".
    static func segment(_ text: String) -> String { SpeakerReference.slug(text) }
}
