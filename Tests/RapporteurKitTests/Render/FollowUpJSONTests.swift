import Foundation
import Testing

@testable import RapporteurKit

/// `FollowUpList.json` must print what `JSONEncoder` printed for the `Codable` list,
/// every field of every type included.
@Suite struct FollowUpJSONTests {
    private func encoded(_ list: FollowUpList) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(list), as: UTF8.self)
    }

    private func date(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text) }

    @Test func anEmptyList() throws {
        let list = FollowUpList(asOf: try date("2025-01-15"), asks: [], commitments: [])
        #expect(list.json == (try encoded(list)))
    }

    @Test func everyFieldFilledAndEmpty() throws {
        let answer = AnswerView(
            ask: "Q1", response: "R2", meeting: "EB-2024-2", responseParagraph: 12, extent: .partial, inferred: true,
            confidence: 0.75, state: .proposed)
        let ask = FollowUpAsk(
            id: "Q1", intervention: "I3", meeting: "PBA-56", body: "PBA", date: try date("2024-10-16"), item: "2(a)",
            kind: .question, speakers: ["Côte d’Ivoire", "the African Group"],
            speakerDetails: [
                Speaker(kind: .state, name: "Côte d’Ivoire", identity: "state:CIV"),
                Speaker(kind: .group, name: "African Group", identity: "group:AG"),
            ],
            named: true, text: "asked about \"A/RES/1\" and the HSP/EB.2024/INF.16 \\ note\n",
            status: .partiallyAnswered,
            resolutions: ["2/7"], decisions: ["2024/3"], paragraphs: ["2/7 OP3"], sourceParagraph: 9, ageDays: 91,
            answers: [
                answer,
                AnswerView(
                    ask: "Q1", response: "R9", meeting: "PBA-57", extent: .full, inferred: false,
                    confidence: nil, state: .confirmed),
            ])
        let bare = FollowUpAsk(
            id: "Q2", intervention: "I4", meeting: "PBA-56", body: "PBA", date: try date("2024-10-16"), item: "?",
            kind: .request, speakers: [], speakerDetails: [], named: false, text: "t", status: .open,
            resolutions: [], decisions: [], paragraphs: [], ageDays: 0, answers: [])
        let full = CommitmentView(
            id: "A1", meeting: "PBA-56", body: "PBA", date: try date("2024-10-16"), item: "2", origin: "R3",
            owner: "the Secretariat (Housing Unit)", text: "send the note\tagain", due: "2024-12-31",
            dueDate: try date("2024-12-31"), dueMeeting: "EB-2025-1", status: .open, doneAt: "PBA-57",
            doneOn: try date("2025-01-02"), note: "late", resolutions: ["2/7"], decisions: ["2024/3"],
            documents: ["HSP/EB.2024/INF.16"], paragraphs: ["2/7 OP3"], overdue: true, ageDays: 91)
        let sparse = CommitmentView(
            id: "A2", meeting: "PBA-56", body: "PBA", date: try date("2024-10-16"), item: nil, origin: nil,
            owner: "the Secretariat", text: "post the documents", due: nil, dueDate: nil, dueMeeting: nil,
            status: .open, doneAt: nil, doneOn: nil, note: nil, resolutions: [], decisions: [], documents: [],
            paragraphs: [], overdue: nil, ageDays: nil)
        let list = FollowUpList(asOf: try date("2025-01-15"), asks: [ask, bare], commitments: [full, sparse])
        #expect(list.json == (try encoded(list)))
    }
}
