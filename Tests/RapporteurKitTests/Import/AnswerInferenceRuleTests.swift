import Testing

@testable import RapporteurKit

/// The rules of the answer inference, each on a small made-up record. Statements on
/// other matters come first, as in a real meeting, so that the words of the asks are
/// rare enough to weigh.
struct AnswerInferenceRuleTests {
    private static let others = [
        "described the weather station upgrades across mountain valleys",
        "recalled the cooperation with veterinary colleges on livestock vaccination",
        "reported on printing costs for textbooks in rural schools",
        "mentioned library opening hours during public holidays",
        "outlined orchard irrigation pilots near desert oases",
        "recounted marathon logistics for volunteers",
        "summarised fisheries quotas negotiated last winter",
        "presented museum restoration grants for mosaics",
    ]

    private struct Ask {
        let key: String
        let text: String
    }

    private enum Said {
        case asked(String, [Ask])
        case replied(String, String)
    }

    private func record(_ said: [Said]) throws -> RecordFile {
        var record = RecordFile(
            handle: "EB-2031-1", body: "EB", startDate: try CalendarDate.parse("2031-03-04"),
            endDate: try CalendarDate.parse("2031-03-04"))
        for (index, text) in Self.others.enumerated() {
            record.entries.append(
                .intervention(
                    RecordFile.Intervention(
                        key: "S\(index)", item: "1", speakers: ["Member State"], kind: .statement, text: text)))
        }
        for (index, entry) in said.enumerated() {
            switch entry {
            case .asked(let key, let asks):
                record.entries.append(
                    .intervention(
                        RecordFile.Intervention(
                            key: key, item: "4", speakers: ["Member State"], kind: .question,
                            sourceParagraph: index + 10, text: asks.map(\.text).joined(separator: " and "),
                            asks: asks.map { RecordFile.Ask(key: $0.key, text: $0.text) })))
            case .replied(let key, let text):
                record.entries.append(
                    .response(RecordFile.Response(key: key, item: "4", sourceParagraph: index + 10, text: text)))
            }
        }
        return record
    }

    private func answers(_ said: [Said]) throws -> [String: [RecordFile.Answer]] {
        var answers: [String: [RecordFile.Answer]] = [:]
        for case .response(let response) in AnswerInference.propose(try record(said)).entries {
            answers[response.key] = response.answers
        }
        return answers
    }

    @Test func anAnswerToOneOfTwoThingsAskedForIsPartial() throws {
        let ask = Said.asked(
            "I1",
            [
                Ask(
                    key: "Q1",
                    text: "requested figures and the timeline of the apprenticeship scheme for tilers in river towns")
            ])
        let partly = try answers([
            ask, .replied("R1", "explained that the apprenticeship scheme for tilers in river towns would open in May"),
        ])
        #expect(partly["R1"]?.map(\.ask) == ["Q1"])
        #expect(partly["R1"]?.first?.extent == .partial)
        let wholly = try answers([
            ask,
            .replied(
                "R1",
                "explained that the apprenticeship scheme for tilers in river towns would open in May, and gave figures of forty tilers enrolled"
            ),
        ])
        #expect(wholly["R1"]?.first?.extent == .full)
    }

    @Test func aResponseThatDefersOrAdmitsAGapAnswersInPart() throws {
        let ask = Said.asked("I1", [Ask(key: "Q1", text: "how the tiling guidelines would be applied in river towns")])
        for hedged in [
            "noted that the tiling guidelines for river towns were not yet finalised",
            "noted that it would revert on how the tiling guidelines would be applied in river towns",
        ] {
            let found = try answers([ask, .replied("R1", hedged)])
            #expect(found["R1"]?.map(\.ask) == ["Q1"], "\(hedged)")
            #expect(found["R1"]?.first?.extent == .partial, "\(hedged)")
        }
        let plain = try answers([
            ask,
            .replied(
                "R1", "explained that the tiling guidelines would be applied in river towns through municipal permits"),
        ])
        #expect(plain["R1"]?.first?.extent == .full)
    }

    @Test func aNamedTopicKeepsTheResponseToTheAskHoldingItsHeadWord() throws {
        let found = try answers([
            .asked(
                "I1",
                [
                    Ask(key: "Q1", text: "the plan to scale up the tool to other provinces through outreach"),
                    Ask(key: "Q2", text: "the difference between the drought atlas and the flood gauge network"),
                ]),
            .replied(
                "R1",
                "Regarding the upscaling of the flood gauge network, the outreach to two provinces had begun"),
        ])
        #expect(found["R1"]?.map(\.ask) == ["Q1"])
    }

    @Test func aResponseWhoseBestAskIsAnsweredGoesOnToTheNextAskOfTheRound() throws {
        let found = try answers([
            .asked(
                "I1",
                [
                    Ask(key: "Q1", text: "the plan to extend the tram depot in the harbour district"),
                    Ask(key: "Q2", text: "the difference between the tram depot and the coach terminal"),
                ]),
            .replied("R1", "explained that the extension of the tram depot in the harbour district would start soon"),
            .replied(
                "R2",
                "explained that the coach terminal, unlike the tram depot, would not extend into the harbour district"
            ),
        ])
        #expect(found["R1"]?.map(\.ask) == ["Q1"])
        #expect(found["R2"]?.map(\.ask) == ["Q2"])
    }

    @Test func aResponseBetweenTwoAnsweredOnesAnswersTheAskBetweenTheirs() throws {
        let found = try answers([
            .asked("I1", [Ask(key: "Q1", text: "when the ferry timetable would be published")]),
            .asked("I2", [Ask(key: "Q2", text: "the number of inspectors per harbour")]),
            .asked("I3", [Ask(key: "Q3", text: "whether the ferry fares would be reduced for pensioners")]),
            .replied("R1", "confirmed that the ferry timetable would be published in June"),
            .replied("R2", "noted that there was no ceiling on staff at each port"),
            .replied("R3", "noted that the ferry fares would be reduced for pensioners from July"),
        ])
        #expect(found["R1"]?.map(\.ask) == ["Q1"])
        #expect(found["R2"]?.map(\.ask) == ["Q2"])
        #expect(found["R3"]?.map(\.ask) == ["Q3"])
    }

    /// A part sharing a word with its sibling's response follows it as a link; one
    /// sharing none is only proposed to the officer on a second look, never confirmed.
    @Test func aPartLeftOverFollowsItsSiblingsResponseAndIsOnlyProposedWhenItSharesNoWord() throws {
        let found = try answers([
            .asked(
                "I1",
                [
                    Ask(key: "Q1", text: "the roadmap for the coastal erosion guidelines"),
                    Ask(key: "Q2", text: "if further engagement on the guidelines would be arranged"),
                    Ask(key: "Q3", text: "who the beneficiaries were"),
                ]),
            .replied("R1", "explained that the roadmap for the coastal erosion guidelines led to a vote in March"),
        ])
        let links = found["R1"] ?? []
        #expect(links.filter(\.confirmed).map(\.ask) == ["Q1", "Q2"])
        #expect(links.filter(\.isProposed).map(\.ask) == ["Q3"])
        #expect(links.first { $0.ask == "Q3" }?.confidence == AnswerConfidenceBand.secondLook.precision)
    }

    @Test func aQuotedTitleIsOneWord() {
        let words = AnswerWords.words("the course “safer streets in cities” for planners")
        #expect(words.contains("planner"))
        #expect(!words.contains("city"))
        #expect(words.count == 3)
        #expect(AnswerWords.words("the ‘safer streets in cities’ course").isSubset(of: words))
        #expect(AnswerWords.words("UN-Habitat's stakeholders' access").contains("access"))
    }

    @Test func anAskIsReadIntoTheThingsItAsksFor() {
        #expect(
            AnswerAskParts.parts(of: "requested statistics and the progress of the harbour survey")
                == ["statistics", "progress of the harbour survey"])
        #expect(
            AnswerAskParts.parts(
                of: "highlighted the value of the harbour survey and inquired how port authorities would use it")
                == ["how port authorities would use it"])
        #expect(
            AnswerAskParts.parts(
                of:
                    "stressed the need for a hybrid format and further requested that the Bureau discusses the matter, with regard to the expert meeting"
            ).count == 1)
        #expect(
            AnswerAskParts.parts(of: "the difference between the drought atlas and the flood gauge network").count == 1)
        #expect(AnswerAskParts.parts(of: "more information and next steps on the harbour survey").count == 1)
        #expect(
            AnswerAskParts.distinctWords(of: "clarification on the levy and examples of the levy in towns")
                == [["clarification"], ["exampl", "town"]])
    }

    @Test func hedgesAreDeferralsAndGapsButNotAPromiseToShareWhatWasAskedToBeShared() {
        #expect(
            AnswerHedge.hedges(
                "noted that a draft would be shared with delegations", on: "how the survey would be used"))
        #expect(AnswerHedge.hedges("said that the figures were not yet available", on: "the figures"))
        #expect(AnswerHedge.hedges("added that a framework had not been established yet", on: "the framework"))
        #expect(AnswerHedge.hedges("would follow up bilaterally", on: "the figures"))
        #expect(
            !AnswerHedge.hedges("noted that a draft would be shared with delegations", on: "that the draft be shared"))
        #expect(!AnswerHedge.hedges("would consult the host country on visas", on: "if visas would be facilitated"))
        #expect(!AnswerHedge.hedges("noted that there were no funds available", on: "whether funds were available"))
    }
}
