import Foundation
import Testing

@testable import RapporteurKit

/// The published summary of the 56th PBA meeting (seed 004), read at run time. The
/// expectations are what the document itself says.
enum SummaryParserSeed {
    static let folders = [
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "shared/seeds"),
        URL(fileURLWithPath: "/work/shared/seeds"),
    ]

    static var file: URL? {
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            if let name = names.sorted().first(where: { $0.hasPrefix("004_") }) { return folder.appending(path: name) }
        }
        return nil
    }

    static var available: Bool { file != nil }
}

@Suite(.enabled(if: SummaryParserSeed.available, "seed 004 not found in ../shared/seeds or /work/shared/seeds"))
struct SummaryParserSeedTests {
    let summary: ParsedSummary

    init() throws {
        summary = SummaryParser.parse(try String(contentsOf: SummaryParserSeed.file!, encoding: .utf8))
    }

    func paragraphs(_ number: Int) -> [ParsedParagraph] {
        summary.paragraphs.filter { $0.number == number }
    }

    @Test func hasNoErrors() {
        #expect(summary.errors.isEmpty, "\(summary.errors)")
    }

    @Test func readsTheHeading() {
        #expect(summary.body == "PBA")
        #expect(summary.number == 56)
        #expect(summary.date == CalendarDate(year: 2024, month: 10, day: 16))
        #expect(summary.startTime == ClockTime(hour: 10, minute: 0))
        #expect(summary.endTime == ClockTime(hour: 13, minute: 0))
        #expect(summary.timeZone == "East Africa Time")
        #expect(summary.venue == "UNON Conference Room 4")
        #expect(summary.chair == "H.E. Dr. Pedro Leon Cortes Ruiz")
        #expect(summary.chairFunction == "Permanent Representative of the Republic of Colombia to UN-Habitat")
        #expect(summary.openedAt == ClockTime(hour: 10, minute: 5))
        #expect(summary.adjournedAt == ClockTime(hour: 13, minute: 5))
        #expect(summary.agendaAdopted)
        #expect(!summary.agendaAmended)
    }

    @Test func readsTheAgenda() {
        let agenda = summary.agenda
        #expect(agenda.map(\.label) == ["1", "2", "2(a)", "2(b)", "2(c)", "3"])
        #expect(agenda[2].resolutions == ["2/1"])
        #expect(agenda[3].resolutions == ["2/7"])
        #expect(agenda[4].resolutions == ["2/5"])
        #expect(agenda[2].decisions == [])
        #expect(agenda[3].decisions == ["2024/3"])
        #expect(agenda[4].decisions == ["2024/3"])
        #expect(agenda[5].title == "Any other Business")
    }

    @Test func numbersEveryParagraphInOrder() {
        var numbers: [Int] = []
        for paragraph in summary.paragraphs where numbers.last != paragraph.number {
            numbers.append(paragraph.number)
        }
        #expect(numbers == Array(1...73))
        #expect(paragraphs(43).count == 3)
        #expect(paragraphs(39).count == 2)
    }

    @Test func franceIsTheOnlyNamedDelegation() {
        let named = summary.paragraphs.filter(\.named)
        #expect(named.map(\.number) == [52])
        #expect(named.first?.speakers == ["France"])
        #expect(named.first?.kind == "announcement")
    }

    @Test func paragraph41IsAPledge() {
        let pledge = paragraphs(41)
        #expect(pledge.count == 1)
        #expect(pledge.first?.kind == "pledge")
        #expect(pledge.first?.pledgeAmount == "300000")
        #expect(pledge.first?.pledgeCurrency == "EUR")
    }

    @Test func countsWhatIsAsked() {
        #expect(paragraphs(22).first?.kind == "question")
        #expect(paragraphs(22).first?.asks.count == 2)
        #expect(paragraphs(50).first?.kind == "question")
        #expect(paragraphs(50).first?.asks.count == 3)
        #expect(paragraphs(45).first?.asks.count == 2)
        #expect(paragraphs(48).first?.asks.count == 2)
        #expect(paragraphs(17).first?.kind == "request")
    }

    @Test func readsTheRoles() {
        let responses = Set(summary.paragraphs.filter { $0.role == .response }.map(\.number))
        #expect(responses == Set(Array(23...37) + Array(54...71)))
        #expect(paragraphs(1).first?.role == .opening)
        #expect(paragraphs(72).first?.role == .otherBusiness)
        #expect(paragraphs(73).first?.role == .adjournment)
        #expect(paragraphs(8).first?.role == .intervention)
        #expect(paragraphs(8).first?.speakers == ["Chair"])
        #expect(paragraphs(38).first?.role == .chairStatement)
        #expect(paragraphs(4).first?.role == .secretariatStatement)
    }

    @Test func readsItemsAndSubHeadings() {
        #expect(paragraphs(1).first?.item == "1")
        #expect(summary.paragraphs.filter { (2...71).contains($0.number) }.allSatisfy { $0.item == "2" })
        #expect(paragraphs(72).first?.item == "3")
        #expect(paragraphs(9).first?.resolutions == ["1/2"])
        #expect(paragraphs(53).first?.resolutions == ["2/5"])
        #expect(paragraphs(55).first?.resolutions == ["2/1"])
        #expect(paragraphs(23).first?.resolutions == [])
    }

    @Test func joinsParagraph55AcrossTheBlankLine() {
        #expect(
            paragraphs(55).first?.text.contains("the 31 experts nominated by Member States, and a brief update") == true
        )
    }

    @Test func readsCommitmentsWithTheirDue() {
        let all = summary.paragraphs.flatMap(\.commitments)
        #expect(
            all.contains(
                ParsedCommitment(
                    text: "provide analytics of the participants to the e-learning courses", due: .uponRequest)))
        #expect(
            all.contains(
                ParsedCommitment(
                    text: "make documents for the OEWG-H meeting available online",
                    due: .date(CalendarDate(year: 2024, month: 10, day: 28)!))))
        #expect(
            all.contains(
                ParsedCommitment(
                    text: "make a brief update", due: .meeting("2024 second session of the Executive Board"))))
        #expect(all.contains(ParsedCommitment(text: "share a draft of the handbook with Member States")))
    }

    @Test func readsTheSameThroughAddedNoise() throws {
        let clean = try String(contentsOf: SummaryParserSeed.file!, encoding: .utf8)
        var lines = clean.components(separatedBy: "\n")
        // Page furniture in the middle of paragraph 52, after the words "from 10 am".
        let index = try #require(lines.firstIndex { $0.hasPrefix("52. ") })
        let split = try #require(lines[index].range(of: "from 10 am "))
        let head = String(lines[index][..<split.upperBound])
        let tail = String(lines[index][split.upperBound...])
        let title = lines.first { $0.hasPrefix("Summary of the") } ?? ""
        lines.replaceSubrange(index...index, with: [head, "HSP/EB.2024/xx", "Page 3 of 7", "", title, tail])
        let noisy = lines.joined(separator: "\r\n").replacingOccurrences(
            of: "Member State", with: "Member\u{00A0}State")
        let reread = SummaryParser.parse(noisy)
        #expect(reread.paragraphs.map(\.text) == summary.paragraphs.map(\.text))
        #expect(reread.paragraphs.map(\.speakers) == summary.paragraphs.map(\.speakers))
        #expect(reread.diagnostics == summary.diagnostics)
    }
}
