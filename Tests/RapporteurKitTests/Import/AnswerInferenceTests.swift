import Testing

@testable import RapporteurKit

/// The answer inference on a made-up journal-like record, where each answer stands in
/// the same paragraph as its question, right after it.
struct AnswerInferenceTests {
    private func journal() throws -> RecordFile {
        var record = RecordFile(
            handle: "EB-2031-1", body: "EB", startDate: try CalendarDate.parse("2031-03-04"),
            endDate: try CalendarDate.parse("2031-03-04"))
        record.entries = [
            .intervention(
                RecordFile.Intervention(
                    key: "I1", item: "4", speakers: ["Member State A"], kind: .question, sourceParagraph: 12,
                    text: "asked how the upgrading programme for informal markets in coastal towns would be financed",
                    asks: [
                        RecordFile.Ask(
                            key: "Q1",
                            text: "how the upgrading programme for informal markets in coastal towns would be financed")
                    ])),
            .response(
                RecordFile.Response(
                    key: "R1", item: "4", sourceParagraph: 12,
                    text:
                        "agreed and highlighted that the upgrading programme for informal markets in coastal towns would be financed through a revolving fund held with municipal partners"
                )),
            .intervention(
                RecordFile.Intervention(
                    key: "I2", item: "4", speakers: ["Member State B"], kind: .request, sourceParagraph: 13,
                    text: "requested an update on the training of waste pickers in the northern districts",
                    asks: [
                        RecordFile.Ask(
                            key: "Q2", text: "an update on the training of waste pickers in the northern districts")
                    ])),
            .response(
                RecordFile.Response(
                    key: "R2", item: "4", sourceParagraph: 13,
                    text:
                        "thanked the delegation for its support to the training of waste pickers in the northern districts"
                )),
        ]
        return record
    }

    private func answers(_ record: RecordFile) -> [String: [RecordFile.Answer]] {
        var answers: [String: [RecordFile.Answer]] = [:]
        for case .response(let response) in record.entries { answers[response.key] = response.answers }
        return answers
    }

    @Test func anAnswerRightAfterItsQuestionInTheSameParagraphIsLinked() throws {
        let answers = answers(AnswerInference.propose(try journal()))
        #expect(answers["R1"]?.map(\.ask) == ["Q1"])
        #expect(answers["R1"]?.first?.inferred == true)
        #expect(answers["R1"]?.first?.extent == .full)
    }

    @Test func aThankYouIsNeverAnAnswer() throws {
        let answers = answers(AnswerInference.propose(try journal()))
        // R2 repeats Q2's words, yet it only thanks; and R1 came before Q2 was asked.
        #expect(answers["R2"]?.isEmpty == true)
        #expect(answers.values.joined().allSatisfy { $0.ask != "Q2" })
    }
}
