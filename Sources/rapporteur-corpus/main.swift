import Foundation
import RapporteurKit

// Usage: rapporteur-corpus S|M|L FILE
//
// Writes a deterministic corpus in the record format for the benchmarks:
// per year about 25 PBA meetings, three Board sessions and an OEWG-H session; per
// meeting three to six agenda items and 40 to 150 interventions on the Assembly's
// resolutions, with asks, responses answering most of them (some in part, some at a
// later meeting), and commitments with due dates, some done. S is one year, M ten,
// L forty. The same size always gives the same bytes. PBA-1, the meeting the summary
// benchmark renders, always has 110 interventions: with the responses between them
// and the opening and closing, its summary runs to about 150 paragraphs at every size.

struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let years = ["S": 1, "M": 10, "L": 40][arguments[1]] else {
    FileHandle.standardError.write(Data("usage: rapporteur-corpus S|M|L FILE\n".utf8))
    exit(64)
}
_ = FileManager.default.createFile(atPath: arguments[2], contents: nil)
guard let out = FileHandle(forWritingAtPath: arguments[2]) else {
    FileHandle.standardError.write(Data("rapporteur-corpus: cannot write \(arguments[2])\n".utf8))
    exit(1)
}

let states = [
    "KEN", "FRA", "COL", "BRA", "CHN", "IND", "USA", "GBR", "DEU", "JPN", "MEX", "ZAF", "EGY", "NGA", "SEN",
    "TUR", "IRN", "POL", "RUS", "ARG", "CHL", "PER", "ESP", "ITA", "NLD", "SWE", "NOR", "FIN", "KOR", "IDN",
    "PHL", "VNM", "THA", "MYS", "PAK", "BGD", "SAU", "ARE", "MAR", "TUN", "GHA", "ETH", "UGA", "TZA", "RWA",
    "CMR", "CIV", "AGO", "MOZ", "ZMB", "CUB", "BOL", "ECU", "URY", "CAN", "AUS", "CZE", "HUN", "ROU", "UKR",
]
let resolutions = ["1/2", "1/3", "1/4", "1/5", "2/1", "2/2", "2/3", "2/4", "2/5", "2/6", "2/7", "2/8", "2/9", "2/10"]
let words = [
    "housing", "finance", "guidelines", "consultations", "platform", "training", "indicators", "funding",
    "regional", "partnership", "monitoring", "report", "slums", "climate", "resilience", "biodiversity",
    "cities", "planning", "infrastructure", "localization", "safety", "gender", "data", "roadmap",
]
struct Generator {
    var random = SplitMix(state: 20_241_016)
    /// Asks still open from earlier meetings, for answers given at a later one.
    var openAsks: [(meeting: String, key: String)] = []
    var buffer = RecordFormat.header + "\n"
    let out: FileHandle

    mutating func phrase(_ count: Int) -> String {
        (0..<count).map { _ in random.pick(words) }.joined(separator: " ")
    }

    mutating func meeting(
        of body: MeetingIdentity, number: Int? = nil, session: Int? = nil, year: Int? = nil,
        date: CalendarDate, interventionCount: Int? = nil
    ) {
        guard let handle = body.handle(number: number, session: session, year: year) else {
            fatalError(
                "\(body.code) meetings are numbered by \(body.numbering.rawValue), which these numbers do not give")
        }
        var record = RecordFile(handle: handle, body: body.code, startDate: date, endDate: date)
        record.number = number
        record.session = session
        record.year = year
        record.startTime = try? ClockTime.parse("10:00")
        record.endTime = try? ClockTime.parse("13:00")
        record.venue = "UNON Conference Room \(random.int(1...4))"
        record.status = .held
        record.agendaStatus = .adopted
        let items = random.int(3...6)
        var itemResolutions: [String: String] = [:]
        for index in 1...items {
            let resolution = random.pick(resolutions)
            itemResolutions["\(index)"] = resolution
            record.agenda.append(
                RecordFile.Item(label: "\(index)", title: "Item on \(phrase(3))", resolutions: [resolution]))
        }
        var asks = 0
        var responses = 0
        var interventions = 0
        var localOpen: [String] = []
        for _ in 0..<(interventionCount ?? random.int(40...150)) {
            let item = "\(random.int(1...items))"
            interventions += 1
            let kind: InterventionKind =
                random.chance(55)
                ? (random.chance(50) ? .question : .request)
                : random.pick([.comment, .appreciation, .announcement, .statement])
            var intervention = RecordFile.Intervention(
                key: "I\(interventions)", item: item, speakers: [random.pick(states)], kind: kind,
                text: "asked about \(phrase(8))", references: [.init(kind: .resolution, key: itemResolutions[item]!)])
            if kind.carriesAsks {
                for _ in 0..<(random.chance(20) ? 2 : 1) {
                    asks += 1
                    intervention.asks.append(.init(key: "Q\(asks)", text: "say how \(phrase(6))"))
                    localOpen.append("Q\(asks)")
                }
            }
            record.entries.append(.intervention(intervention))
            // Now and then the Secretariat answers what is pending.
            if !localOpen.isEmpty, random.chance(45) {
                responses += 1
                var response = RecordFile.Response(
                    key: "R\(responses)", item: item, text: "explained that \(phrase(10))")
                for _ in 0..<min(localOpen.count, random.int(1...2)) {
                    let ask = localOpen.removeFirst()
                    guard random.chance(85) else { openAsks.append((handle, ask)); continue }
                    response.answers.append(.init(ask: ask, extent: random.chance(20) ? .partial : .full))
                }
                if random.chance(30), let earlier = openAsks.first {
                    openAsks.removeFirst()
                    response.answers.append(.init(ask: "\(earlier.meeting)/\(earlier.key)", extent: .full))
                }
                record.entries.append(.response(response))
                if random.chance(25) {
                    var commitment = RecordFile.Commitment(
                        key: "A\(record.commitments.count + 1)", text: "share \(phrase(5))")
                    commitment.origin = response.key
                    commitment.due = .date(date.adding(days: random.int(7...120)))
                    if random.chance(40) {
                        commitment.status = .done
                        commitment.doneOn = date.adding(days: random.int(1...150))
                    }
                    record.commitments.append(commitment)
                }
            }
        }
        openAsks += localOpen.map { (handle, $0) }
        if openAsks.count > 500 { openAsks.removeFirst(openAsks.count - 500) }
        buffer += String(RecordFormatWriter.write([record]).dropFirst(RecordFormat.header.count + 1))
        if buffer.utf8.count > 1 << 20 {
            out.write(Data(buffer.utf8))
            buffer = ""
        }
    }

    mutating func finish() {
        out.write(Data(buffer.utf8))
        try? out.close()
    }
}

/// A reference body's numbering, which gives its meetings' handles (PBA-56, EB-2024-2, OEWG-H-1).
func identity(_ code: String) -> MeetingIdentity {
    guard let identity = BodyDirectory.reference.identity(of: code) else {
        fatalError("the reference bodies have no \(code)")
    }
    return identity
}

var generator = Generator(out: out)
let (workingGroup, board, housing) = (identity("PBA"), identity("EB"), identity("OEWG-H"))
var pba = 0
for year in 2001...(2000 + years) {
    for week in 0..<25 {
        pba += 1
        generator.meeting(
            of: workingGroup, number: pba,
            date: CalendarDate(year: year, month: 1, day: 10)!.adding(days: week * 14),
            interventionCount: pba == 1 ? 110 : nil)
        if week == 5 || week == 12 || week == 21 {
            let session = week == 5 ? 1 : (week == 12 ? 2 : 3)
            generator.meeting(
                of: board, session: session, year: year,
                date: CalendarDate(year: year, month: 1, day: 12)!.adding(days: week * 14))
        }
    }
    generator.meeting(of: housing, session: year - 2000, date: CalendarDate(year: year, month: 12, day: 9)!)
}
generator.finish()
