import Testing

@testable import RapporteurKit

/// References found when text is recorded, with phrasings taken from the seeds.
@Suite struct RecordReferenceTests {
    @Test func referencesInTheTextAreLinked() throws {
        let store = try recordStore()
        // Seed 004, paragraphs 2 and 3 (the Chair's framing): a count is no reference; a list is.
        try store.say(
            "Chair", .statement, "recalled that the Assembly had adopted 5 resolutions at its first session in 2019")
        #expect(try store.interventions(meeting: "PBA-56")[0].resolutions.isEmpty)
        try store.say(
            "Chair", .statement,
            "recommended detailed presentations on the time-bound resolutions [2/1](#), [2/5](#) and [2/7](#)")
        #expect(try store.interventions(meeting: "PBA-56")[1].resolutions == ["2/1", "2/5", "2/7"])
    }

    @Test func operativeParagraphsAttachToTheItemsResolution() throws {
        let store = try recordStore()
        // Seed 004, paragraph 42, under resolution 2/1 (item 2(a)).
        try store.say(
            "Member State A", .question,
            "asked about the roadmap, in line with operative paragraph four and five of the resolution", item: "2a")
        let view = try store.interventions(meeting: "PBA-56")[0]
        #expect(view.resolutions == ["2/1"])
        #expect(view.paragraphs == ["2/1 OP4", "2/1 OP5"])
    }

    @Test func paragraphsOfANamedResolutionAndDecisionsAreLinked() throws {
        let store = try recordStore()
        // Seed 001: "paragraph 8 of resolution 2/2"; seed 000: "decision 2023/6".
        try store.addDecision(body: "EB", key: "2023/6", title: nil, adoptedOn: nil)
        let entry = try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2", speakers: ["Kenya"], kind: .comment,
                text:
                    "recalled paragraph 8 of resolution 2/2 and decision 2023/6 of the Executive Board (HSP/EB.2023/23)"
            ))
        #expect(entry.warnings.isEmpty)
        let view = try store.interventions(meeting: "PBA-56")[0]
        #expect(view.resolutions == ["2/2"])
        #expect(view.paragraphs == ["2/2 OP8"])
        #expect(view.decisions == ["2023/6"])
        #expect(view.documents == ["HSP/EB.2023/23"])
    }

    @Test func unknownReferencesInTheTextAreWarnings() throws {
        let store = try recordStore()
        let entry = try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2", speakers: ["Kenya"], kind: .comment,
                text: "recalled resolution 3/4 and decision 2025/9"))
        #expect(
            entry.warnings == [
                "resolution 3/4 in the text is not a known resolution; it is not linked",
                "decision 2025/9 in the text is not recorded (\(step: .recordDecision(body: nil, key: nil))); it is not linked",
            ])
        #expect(try store.interventions(meeting: "PBA-56")[0].resolutions.isEmpty)
    }

    @Test func explicitReferencesAddToThoseFoundAndUnknownOnesAreErrors() throws {
        let store = try recordStore()
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2", speakers: ["Kenya"], kind: .comment,
                text: "welcomed progress on resolution 1/5",
                references: ExplicitReferences(resolutions: ["1/3"], paragraphs: ["1/3:2"])))
        let view = try store.interventions(meeting: "PBA-56")[0]
        #expect(view.resolutions == ["1/3", "1/5"])
        #expect(view.paragraphs == ["1/3 OP2"])
        let error = #expect(throws: RapporteurError.self) {
            try store.recordIntervention(
                NewIntervention(
                    meeting: "PBA-56", item: "2", speakers: ["Kenya"], kind: .comment, text: "spoke",
                    references: ExplicitReferences(resolutions: ["2/11"])))
        }
        #expect(error?.kind == .invalidInput)
    }

    @Test func aRecordNamingNoResolutionInheritsTheItems() throws {
        let store = try recordStore()
        try store.say("Member States", .question, "asked when the documents would be online", item: "2b")
        let view = try store.interventions(meeting: "PBA-56")[0]
        #expect(view.resolutions == ["2/7"])
        #expect(view.decisions.isEmpty)
    }
}
