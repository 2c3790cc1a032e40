import GRDB

@testable import RapporteurKit

/// PBA-56 with its agenda (items 1, 2 with 2(a) 2/1, 2(b) 2/7 + decision 2024/3,
/// 2(c) 2/5, and 3) and the Board's session EB-2024-2 with one item, as the
/// meetings of seed 004 and seed 001 stand.
func recordStore() throws -> AppStore {
    let store = try referenceStore()
    try planPBA56(in: store)
    try store.addDecision(body: "EB", key: "2024/3", title: nil, adoptedOn: nil)
    try store.addStandardItems(meeting: "PBA-56")
    try store.addAgendaItem(meeting: "PBA-56", title: "Implementation of all resolutions", at: "2")
    try store.addAgendaItem(
        meeting: "PBA-56", title: "Smart cities", under: "2", links: AgendaLinks(resolutions: ["2/1"]))
    try store.addAgendaItem(
        meeting: "PBA-56", title: "Adequate housing", under: "2",
        links: AgendaLinks(resolutions: ["2/7"], decisions: ["2024/3"]))
    try store.addAgendaItem(
        meeting: "PBA-56", title: "SURGe", under: "2",
        links: AgendaLinks(resolutions: ["2/5"], decisions: ["2024/3"]))
    try planBoardSession2024(in: store)
    try store.addAgendaItem(meeting: "EB-2024-2", title: "Implementation of the resolutions of the Assembly")
    return store
}

extension AppStore {
    /// Records an intervention and returns its identifiers ("I1", "Q1", …).
    @discardableResult
    func say(
        _ speaker: String, _ kind: InterventionKind, _ text: String, item: String = "2", meeting: String = "PBA-56",
        asks: [String] = [], resolutions: [String] = []
    ) throws -> [String] {
        try recordIntervention(
            NewIntervention(
                meeting: meeting, item: item, speakers: [speaker], kind: kind, text: text, asks: asks,
                references: ExplicitReferences(resolutions: resolutions))
        ).identifiers
    }

    @discardableResult
    func respond(
        _ text: String, item: String = "2", meeting: String = "PBA-56", answers: [String] = [],
        partly: [String] = []
    ) throws -> String {
        try recordResponse(
            NewResponse(
                meeting: meeting, item: item, text: text, answers: answers,
                partialAnswers: partly)
        ).identifiers[0]
    }

    func askStatus(_ id: String) throws -> AskStatus {
        try read { db in try Ask.find(db, recordID: try RecordID.parse(id, expecting: [.ask])).status }
    }

    func rowCounts() throws -> [Int] {
        try read { db in
            try ["intervention", "ask", "response", "answer", "commitment", "recordReference", "party"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)")!
            }
        }
    }
}
