import Foundation
import RapporteurTestSupport
import Testing

@testable import RapporteurKit

/// Seed 004, imported: what the document itself says must come through.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedSummaryImportTests {
    /// The reference world, the Board's session PBA-56 reports to, and seed 004 imported.
    func imported() throws -> (AppStore, SummaryImport) {
        let store = try referenceStore()
        try planBoardSession2024(in: store)
        let result = try store.importSummary(try Seeds.text("004"), file: "004.txt")
        return (store, result)
    }

    @Test func theMeetingAndItsAgendaComeThrough() throws {
        let (store, result) = try imported()
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let meeting = try store.meeting("PBA-56")
        #expect(meeting.startDate == (try CalendarDate.parse("2024-10-16")))
        #expect(meeting.startTime?.hhmm == "10:00")
        #expect(meeting.endTime?.hhmm == "13:00")
        #expect(meeting.openedAt?.hhmm == "10:05")
        #expect(meeting.adjournedAt?.hhmm == "13:05")
        #expect(meeting.venue == "UNON Conference Room 4")
        #expect(meeting.chair == "H.E. Dr. Pedro Leon Cortes Ruiz")
        #expect(meeting.chairFunction == "Permanent Representative of the Republic of Colombia to UN-Habitat")
        #expect(meeting.agendaStatus == .adopted)
        let agenda = try store.agenda(of: "PBA-56")
        #expect(AgendaNode.labels(of: agenda) == ["1", "2", "2(a)", "2(b)", "2(c)", "3"])
        #expect(agenda[1].children.map(\.resolutions) == [["2/1"], ["2/7"], ["2/5"]])
        #expect(agenda[1].children.map(\.decisions) == [[], ["2024/3"], ["2024/3"]])
    }

    @Test func everyNumberedParagraphIsKeptInOrder() throws {
        let (_, result) = try imported()
        let numbers = result.summary.paragraphs.map(\.number)
        var distinct: [Int] = []
        for number in numbers where distinct.last != number { distinct.append(number) }
        #expect(distinct == Array(1...73))
        let roles = Dictionary(grouping: result.summary.paragraphs, by: \.role).mapValues(\.count)
        #expect(roles[.response] == 33)
        #expect(roles[.opening] == 1)
        #expect(roles[.adjournment] == 1)
    }

    @Test func franceIsTheOnlyNamedDelegation() throws {
        let (store, _) = try imported()
        let named = try store.interventions(meeting: "PBA-56").filter(\.named)
        #expect(named.map(\.speakers) == [["France"]])
        #expect(named.first?.kind == .announcement)
        #expect(named.first?.sourceParagraph == 52)
    }

    /// The links the import proposes, measured against an officer's reading of the
    /// seed (Fixtures/seed-004-answers.txt). An ask covers a line of the reading when it
    /// is of that paragraph and holds the line's phrase (an ask holding none of its
    /// paragraph's phrases covers them all). A link is right when its response is of a
    /// paragraph answering a line the ask covers; a pair (line, answering paragraph) is
    /// found when an ask covering the line links to a response of that paragraph.
    @Test func inferredLinksAgreeWithAnOfficersReading() throws {
        let reading = try SeedAnswerReading(packageRoot: packageRoot)
        let source = try Seeds.text("004")
        var paragraphs: [Int: String] = [:]
        for line in source.split(separator: "\n") {
            guard let match = line.firstMatch(of: /^\s*(\d+)\.\s+(.*)$/), let number = Int(match.1) else { continue }
            paragraphs[number, default: ""] += String(match.2).lowercased()
        }
        for line in reading.lines {
            #expect(
                paragraphs[line.paragraph]?.contains(line.phrase.lowercased()) == true,
                "paragraph \(line.paragraph) does not hold \"\(line.phrase)\"")
        }
        let (_, result) = try imported()
        var askParagraph: [String: Int] = [:]
        var askText: [String: String] = [:]
        var responseParagraph: [String: Int] = [:]
        var links: [(ask: String, response: String, answer: RecordFile.Answer)] = []
        for entry in result.record.entries {
            switch entry {
            case .intervention(let intervention):
                for ask in intervention.asks {
                    askParagraph[ask.key] = intervention.sourceParagraph
                    askText[ask.key] = ask.text.lowercased()
                }
            case .response(let response):
                responseParagraph[response.key] = response.sourceParagraph
                links += response.answers.map { (ask: $0.ask, response: response.key, answer: $0) }
            }
        }
        var covers: [String: [Int]] = [:]
        for (ask, paragraph) in askParagraph {
            let own = reading.lines.indices.filter { reading.lines[$0].paragraph == paragraph }
            let holding = own.filter { askText[ask]!.contains(reading.lines[$0].phrase.lowercased()) }
            covers[ask] = holding.isEmpty ? own : holding
        }
        func isRight(_ link: (ask: String, response: String, answer: RecordFile.Answer)) -> Bool {
            covers[link.ask, default: []].contains {
                reading.lines[$0].answering.contains(responseParagraph[link.response] ?? -1)
            }
        }
        let right = links.filter(isRight)
        for link in links where !isRight(link) {
            print(
                "wrong: \(link.ask) (paragraph \(askParagraph[link.ask] ?? 0)) answered by paragraph \(responseParagraph[link.response] ?? 0)"
            )
        }
        var pairs = 0
        var found = 0
        for (index, line) in reading.lines.enumerated() {
            for answering in line.answering {
                pairs += 1
                if links.contains(where: {
                    covers[$0.ask, default: []].contains(index) && responseParagraph[$0.response] == answering
                }) {
                    found += 1
                } else {
                    print("missed: paragraph \(line.paragraph) (\(line.phrase)) answered by paragraph \(answering)")
                }
            }
        }
        var asks = 0
        var agreeing = 0
        for (ask, lines) in covers.sorted(by: { $0.key < $1.key }) where !lines.isEmpty {
            let extents = Set(lines.map { reading.lines[$0].extent })
            let own = links.filter { $0.ask == ask }.map(\.answer.extent)
            if extents == ["open"] {
                // A proposal for the officer may stand on it (and counts against the
                // precision above); a confirmed link would take it off the list.
                #expect(
                    !links.contains { $0.ask == ask && $0.answer.confirmed },
                    "\(ask) (paragraph \(askParagraph[ask] ?? 0)) is open in the reading but answered")
                continue
            }
            let expected = extents == ["full"] ? "full" : "partial"
            let inferred = own.contains(.full) ? "full" : own.isEmpty ? "open" : "partial"
            asks += 1
            if expected == inferred {
                agreeing += 1
            } else {
                print(
                    "extent: \(ask) (paragraph \(askParagraph[ask] ?? 0)) is \(expected) in the reading, inferred \(inferred)"
                )
            }
        }
        let precision = Double(right.count) / Double(max(links.count, 1))
        let recall = Double(found) / Double(max(pairs, 1))
        let agreement = Double(agreeing) / Double(max(asks, 1))
        print(
            "answer links: precision \(right.count)/\(links.count) = \(precision), recall \(found)/\(pairs) = \(recall), extent \(agreeing)/\(asks) = \(agreement)"
        )
        // The band table in the code is the precision measured here, band by band.
        var proposals = result.record
        for index in proposals.entries.indices {
            guard case .response(var response) = proposals.entries[index] else { continue }
            response.answers = []
            proposals.entries[index] = .response(response)
        }
        let scored = AnswerInference.proposals(for: proposals)
        #expect(scored.count == links.count)
        for (index, band) in (AnswerConfidenceBand.table + [.secondLook]).enumerated() {
            let inBand = scored.filter { $0.band == band }
            let rightInBand = inBand.filter { proposal in
                isRight(
                    (ask: proposal.ask, response: proposal.response, answer: RecordFile.Answer(ask: "", extent: .full)))
            }
            let measured = inBand.isEmpty ? 0 : Double(rightInBand.count) / Double(inBand.count)
            print(
                "band \(index) from score \(band.lowestScore): \(rightInBand.count)/\(inBand.count) right = \(measured), table says \(band.precision)"
            )
            #expect(abs(measured - band.precision) <= 0.01, "band from \(band.lowestScore)")
        }
        for link in links {
            #expect(link.answer.inferred)
            #expect(link.answer.confirmed == (link.answer.confidence ?? 0 >= AnswerConfidenceBand.confirmedFrom))
        }
        // Measured at 41 of 43 links right, all 42 answering pairs found and full against
        // partial right for 31 of 33 asks; none may fall. The two wrong links, and the
        // two asks whose extent is wrong, are all second looks at asks the scores left
        // open, proposed for the officer and never confirmed: paragraph 13 (answered by
        // 26 and 27 only through "systemwide") and the registration part of paragraph 50
        // (answered by 64 without a word of it) are found so but proposed in part; the
        // beneficiaries of paragraph 12 get the response its other part got (25), and the
        // Help Desk's services of paragraph 14 the Singapore training (29), both wrong.
        #expect(right.count >= 41 && links.count - right.count <= 2, "\(right.count) of \(links.count) right")
        #expect(found >= 42, "\(found) of \(pairs) found")
        #expect(
            !links.contains { !isRight($0) && $0.answer.confirmed }, "a wrong link is confirmed")
        #expect(agreeing >= 31, "\(agreeing) of \(asks) asks agree")
    }

    /// The summary written back in the style of the source (anonymous), compared with
    /// the source paragraph by paragraph after whitespace is normalised: the share of
    /// source paragraphs found word for word, under their own numbers. Every paragraph
    /// is written as published, one numbered paragraph each, so the count is the
    /// source's. Measured at 73 of 73; it must not fall. Nothing differs but the marks of
    /// the text's layout, which the comparison leaves out on both sides: the bold of
    /// the adjournment (paragraph 73), the brackets of links (paragraphs 3, 4, 35, 38),
    /// the dashes of list lines (paragraphs 1 and 38, whose entries the summary lays
    /// out as a list), and the blank line that breaks paragraph 55. Written from the
    /// record, as another style or an edited paragraph is, 45 first lines matched: the
    /// record words a repeated subject, an opening "Regarding …", a paragraph of several
    /// speakers and the procedural paragraphs its own way.
    @Test func theSummaryWrittenBackMatchesTheSource() throws {
        let (store, _) = try imported()
        let written = SummaryDocument(try store.recordSource(of: "PBA-56"), style: .anonymous)
        let ours = written.sections.flatMap { $0.blocks.compactMap(\.paragraph) }
        #expect(ours.map(\.number) == Array(1...73))
        var byNumber: [Int: String] = [:]
        for paragraph in ours {
            let entries = paragraph.list.map { $0.marker == "-" ? $0.text : "\($0.marker) \($0.text)" }
            byNumber[paragraph.number] = SeedParagraphs.normalised(([paragraph.text] + entries).joined(separator: " "))
        }
        let source = try SeedParagraphs.read(try Seeds.text("004"))
        #expect(source.map(\.number) == Array(1...73))
        let matched = source.filter { byNumber[$0.number] == $0.text }
        for paragraph in source where byNumber[paragraph.number] != paragraph.text {
            print("differs: paragraph \(paragraph.number): \(byNumber[paragraph.number] ?? "(missing)")")
        }
        print("summary written back: \(matched.count) of \(source.count) source paragraphs match")
        #expect(matched.count >= SeedSummaryImportTests.measuredMatches, "\(matched.count) of \(source.count) match")
    }

    static let measuredMatches = 73

    @Test func theImportedMeetingRoundTripsThroughTheRecordFormat() throws {
        let (store, _) = try imported()
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-56")])
        let fresh = try referenceStore()
        try planBoardSession2024(in: fresh)
        try fresh.importRecords(RecordFormatReader.read(text, file: "004.record").records.map { ("004.record", $0) })
        #expect(RecordFormatWriter.write([try fresh.exportRecord("PBA-56")]) == text)
    }

    @Test func aDocumentThatIsNoSummaryIsRefusedAtOnce() throws {
        let store = try referenceStore()
        let failure = #expect(throws: ImportFailure.self) {
            try store.importSummary(try Seeds.text("000"), file: "000.txt")
        }
        // The tracker is in no layout of a summary: the message names each known layout.
        #expect(failure?.diagnostics.count == 1)
        #expect(failure?.diagnostics.first?.line == 1)
        let message = failure?.diagnostics.first?.message ?? ""
        #expect(message.hasPrefix("the text is in no layout Rapporteur reads: pba-summary, which starts with"))
        #expect(message.contains("; board-journal, which starts with \"SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES\""))
    }

    @Test func aMeetingAlreadyRecordedIsReplacedOnlyWhenAsked() throws {
        let (store, _) = try imported()
        let failure = #expect(throws: ImportFailure.self) {
            try store.importSummary(try Seeds.text("004"), file: "004.txt")
        }
        #expect(failure?.diagnostics.first?.message.hasPrefix("meeting PBA-56 is already recorded") == true)
        let again = try store.importSummary(try Seeds.text("004"), file: "004.txt", replace: true)
        #expect(again.report.meetings.first?.replaced == true)
        #expect(try store.interventions(meeting: "PBA-56").count == 40)
    }
}
