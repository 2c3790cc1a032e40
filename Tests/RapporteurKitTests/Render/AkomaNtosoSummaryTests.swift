import Foundation
import Testing

@testable import RapporteurKit

/// The summary as Akoma Ntoso: the demo meeting (PBA-56 of `examples/`) and seed 004.
@Suite struct AkomaNtosoSummaryTests {
    /// The reference world with the demo's record imported.
    private func demo() throws -> MeetingRecordSource {
        let store = try referenceStore()
        let file = packageRoot.appending(path: "examples/pba-56.record")
        let read = RecordFormatReader.read(try String(contentsOf: file, encoding: .utf8), file: "pba-56.record")
        try store.importRecords(read.records.map { ("pba-56.record", $0) })
        return try store.recordSource(of: "PBA-56")
    }

    private func xml(_ source: MeetingRecordSource, _ style: AttributionStyle = .anonymous) -> String {
        AkomaNtosoSummary(SummaryDocument(source, style: style)).xml
    }

    @Test func everyRecordIsOneSpeechOrQuestionByASpeakerTheReferencesHold() throws {
        let source = try demo()
        let elements = try #require(XMLElements.parse(xml(source)))
        let referenced = Set(
            elements.filter { $0.name == "TLCPerson" || $0.name == "TLCOrganization" }.compactMap {
                $0.attributes["eId"]
            })
        let speeches = elements.filter { $0.name == "speech" || $0.name == "question" }
        #expect(source.interventions.count + source.responses.count == 74)
        #expect(speeches.count == source.interventions.count + source.responses.count)
        for speech in speeches {
            let by = try #require(speech.attributes["by"], "\(speech.name) \(speech.attributes) has no speaker")
            #expect(by.hasPrefix("#") && referenced.contains(String(by.dropFirst())), "\(by) is not a reference")
        }
        let questions = source.interventions.filter { $0.kind == .question }.count
        #expect(questions > 0)
        #expect(elements.filter { $0.name == "question" }.count == questions)
    }

    @Test func eachAgendaItemIsADebateSectionUnderItsHeading() throws {
        let source = try demo()
        let elements = try #require(XMLElements.parse(xml(source)))
        #expect(elements.first?.name == "akomaNtoso")
        #expect(elements.map(\.name).contains("debateReport"))
        let items = elements.filter { $0.name == "debateSection" && $0.attributes["name"] == "agendaItem" }
        #expect(items.count == source.agenda.count)
        #expect(items.map { $0.attributes["eId"] } == (1...source.agenda.count).map { "dbsect_\($0)" })
    }

    @Test func resolutionsAreReferencesToTheirCanonicalURIs() throws {
        let text = xml(try demo())
        let elements = try #require(XMLElements.parse(text))
        let hrefs = Set(elements.filter { $0.name == "ref" }.compactMap { $0.attributes["href"] })
        // 2/7 was adopted on 9 June 2023 (the reference world's resolutions).
        #expect(hrefs.contains("/akn/un/statement/deliberation/unhabitat/2023-06-09/2-7"))
        #expect(
            text.contains(#"Resolution <ref href="/akn/un/statement/deliberation/unhabitat/2023-06-09/2-7">2/7</ref>"#))
        #expect(hrefs.allSatisfy { $0.hasPrefix("/akn/un/statement/deliberation/unhabitat/") })
        // Each resolution of a list is its own reference (paragraph 3 of the demo).
        let uri = "/akn/un/statement/deliberation/unhabitat/2023-06-09"
        #expect(
            text.contains(
                #"the time-bound resolutions <ref href="\#(uri)/2-1">2/1</ref>, <ref href="\#(uri)/2-5">2/5</ref> "#
                    + #"and <ref href="\#(uri)/2-7">2/7</ref> in detail."#))
    }

    @Test func theDocumentIsNamedByItsFRBRURIs() throws {
        let elements = try #require(XMLElements.parse(xml(try demo())))
        let this = elements.filter { $0.name == "FRBRthis" }.compactMap { $0.attributes["value"] }
        let work = "/akn/un/debateReport/summary/unhabitat-pba/2024-10-16/56"
        #expect(this == ["\(work)/!main", "\(work)/eng@/!main", "\(work)/eng@/!main.xml"])
    }

    /// The States of the reference world whose names occur in `text`, as whole words.
    private func statesNamed(in text: String) throws -> Set<String> {
        let table = try String(contentsOf: packageRoot.appending(path: "Schema/reference/states.tsv"), encoding: .utf8)
        let names = table.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().compactMap {
            $0.split(separator: "\t").dropFirst(2).first.map(String.init)
        }
        #expect(names.count == 195)
        return Set(
            names.filter { name in
                let pattern = "\\b" + NSRegularExpression.escapedPattern(for: name) + "\\b"
                return text.range(of: pattern, options: .regularExpression) != nil
            })
    }

    /// The text may name a State as a place or a partner ("UN Country Teams in Mexico"),
    /// as the other formats do; what the style hides is which State spoke. The demo's
    /// record names no State but France, so this reads the summary fixture, which does.
    @Test func anAnonymousSummaryNamesNoStateThatSpokeUnlessTheRecordMarksItNamed() throws {
        let source = try summaryStore().recordSource(of: "PBA-57")
        let named = Set(source.interventions.filter(\.named).flatMap(\.speakers))
        #expect(named == ["France"])
        let spoke = Set(
            source.interventions.flatMap(\.speakerDetails).filter { $0.kind == .state }.map(\.name)
        ).subtracting(named)
        #expect(spoke.count >= 2, "\(spoke)")
        let anonymous = xml(source, .anonymous)
        #expect(try statesNamed(in: anonymous).intersection(spoke).isEmpty, "\(anonymous)")
        #expect(anonymous.contains(##"by="#member-state""##))
        // The same record in the named style names them, so the check sees a State that spoke.
        #expect(try statesNamed(in: xml(source, .named)).isSuperset(of: spoke))
    }

    @Test(.enabled(if: SchemaValidator.available, "\(SchemaValidator.missing)"))
    func theDemoSummaryValidatesAgainstTheSchema() throws {
        for style in AttributionStyle.allCases {
            let result = try SchemaValidator.validate(xml(try demo(), style))
            #expect(result.status == 0, "\(style): \(result.output)")
        }
    }

    @Test(
        .enabled(if: SchemaValidator.available, "\(SchemaValidator.missing)"),
        .enabled(if: Seeds.available, "../shared/seeds is missing"))
    func seed004ImportedValidatesAgainstTheSchema() throws {
        let store = try referenceStore()
        try planBoardSession2024(in: store)
        _ = try store.importSummary(try Seeds.text("004"), file: "004.txt")
        let source = try store.recordSource(of: "PBA-56")
        let text = xml(source)
        let speeches = try #require(XMLElements.parse(text)).filter { $0.name == "speech" || $0.name == "question" }
        // In the seed's own style a paragraph is one speech however many records it was
        // drawn into; the procedural paragraphs (the opening, no other business, the
        // adjournment) are drawn into none. In another style, one speech a record.
        let drawn = Set(
            source.interventions.compactMap(\.sourceParagraph) + source.responses.compactMap(\.sourceParagraph))
        #expect(speeches.count == drawn.count)
        #expect(drawn.count == 70)
        let named = try #require(XMLElements.parse(xml(source, .named))).filter {
            $0.name == "speech" || $0.name == "question"
        }
        #expect(named.count == source.interventions.count + source.responses.count)
        let result = try SchemaValidator.validate(text)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func textIsEscaped() {
        #expect(AkomaNtosoSummary.escaped(#"a <beta> & "pilot""#) == "a &lt;beta&gt; &amp; &quot;pilot&quot;")
    }
}
