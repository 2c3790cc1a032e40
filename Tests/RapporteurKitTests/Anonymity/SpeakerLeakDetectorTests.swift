import Testing

@testable import RapporteurKit

/// A summary written in the anonymous style never gives away who spoke: the texts of
/// a meeting's record must not name a State that spoke there unless it is to be named.
@Suite struct SpeakerLeakDetectorTests {
    private func leaks(_ store: AppStore, style: AttributionStyle? = nil) throws -> [String] {
        try store.speakerLeaks(meeting: "PBA-56", style: style).map { leak in
            "¶\(leak.paragraph.map(String.init) ?? "-") \(leak.record) \(leak.speaker): \(leak.words.joined(separator: ", "))"
        }
    }

    /// The number of the summary paragraph that contains `text`.
    private func paragraph(containing text: String, in store: AppStore) throws -> Int? {
        SummaryDocument(try store.recordSource(of: "PBA-56")).sections.flatMap(\.blocks)
            .compactMap(\.paragraph).first { $0.text.contains(text) }?.number
    }

    @Test func aTextThatNamesItsOwnSpeakerIsALeakInItsParagraph() throws {
        let store = try recordStore()
        try store.say("France", .comment, "welcomed the update on the guidelines")
        try store.say("France", .question, "France asked when the guidelines would be issued")
        // What the summary would have printed, and where.
        let number = try #require(try paragraph(containing: "The same Member State France asked", in: store))
        #expect(try leaks(store) == ["¶\(number) I2 France: France", "¶\(number) Q1 France: France"])
        let leak = try #require(try store.speakerLeaks(meeting: "PBA-56").first)
        #expect(leak.reason == .speakerNotNamed)
        #expect(leak.iso3 == "FRA")
    }

    @Test func aStateThatDidNotSpeakMayBeNamed() throws {
        let store = try recordStore()
        try store.say("Kenya", .comment, "noted that the tool would be presented at COP16 in Colombia")
        try store.respond("thanked the Government of Germany for its support and recalled the work in Mexico")
        #expect(try leaks(store) == [])
        // A group may name a State, but not one that spoke itself, unnamed.
        try store.say("African Group", .appreciation, "thanked Kenya for hosting the session")
        let number = try #require(try paragraph(containing: "The African Group thanked Kenya", in: store))
        #expect(try leaks(store) == ["¶\(number) I2 Kenya: Kenya"])
    }

    @Test func aStateMarkedToBeNamedMayBeNamedExceptInItsOwnAnonymousText() throws {
        let store = try recordStore()
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2b", speakers: ["France"], kind: .announcement,
                text: "informed that France and Kenya would convene a meeting of heads of delegation", named: true))
        try store.respond("thanked France for convening the meeting", item: "2b")
        #expect(try leaks(store) == [])
        try store.say("France", .question, "asked, on behalf of France, when the guidelines would be ready", item: "2b")
        let found = try store.speakerLeaks(meeting: "PBA-56")
        #expect(found.map(\.record) == ["I2", "Q1"])
        #expect(found.allSatisfy { $0.reason == .namesItsOwnSpeaker && $0.speaker == "France" })
    }

    @Test func aliasesFormalNamesAndCodesRevealASpeaker() throws {
        let store = try recordStore()
        try store.say("Türkiye", .comment, "highlighted its national urban policy")
        try store.say("Côte d'Ivoire", .comment, "shared its experience")
        try store.respond(
            "explained to Turkey, as TUR had asked, that Cote d’Ivoire and the Republic of Türkiye would be visited")
        let number = try #require(try paragraph(containing: "explained to Turkey", in: store))
        #expect(
            try leaks(store) == [
                "¶\(number) R1 Türkiye: Turkey, TUR, Republic of Türkiye",
                "¶\(number) R1 Côte d'Ivoire: Cote d’Ivoire",
            ])
        try store.respond("thanked the Turkish delegation, and the Ivorian experts")
        let thanks = try #require(try paragraph(containing: "thanked the Turkish delegation", in: store))
        #expect(try leaks(store).last == "¶\(thanks) R2 Türkiye: Turkish delegation")
    }

    @Test func nearNamesAreNotTakenForASpeaker() throws {
        let store = try recordStore()
        for state in ["Nigeria", "Guinea", "Dominica", "Congo", "Sudan", "Niger"] {
            try store.say(state, .comment, "spoke on the item")
        }
        try store.respond(
            "recalled the projects in Papua New Guinea, Equatorial Guinea and Guinea-Bissau, "
                + "in the Dominican Republic, the Democratic Republic of the Congo and South Sudan, and Nigerian cities"
        )
        #expect(try leaks(store) == [])
        try store.respond("recalled the project in Nigeria")
        let number = try #require(try paragraph(containing: "the project in Nigeria", in: store))
        #expect(try leaks(store) == ["¶\(number) R2 Nigeria: Nigeria"])
    }

    @Test func inTheNamedAndCapitalsStylesNothingLeaks() throws {
        let store = try recordStore()
        try store.say("France", .question, "France asked when the guidelines would be issued")
        #expect(try leaks(store).count == 2)
        #expect(try leaks(store, style: .named) == [])
        #expect(try leaks(store, style: .capitals) == [])
    }

    /// The store reads only texts and speakers; the detector over the full record
    /// (what documents are written from) must find the same.
    @Test func theStoresCheckAndTheDetectorOverTheRecordAgree() throws {
        let store = try recordStore()
        try store.say("Kenya", .request, "asked whether Kenya could host the session")
        try store.say("France", .comment, "welcomed the offer of FRA")
        let response = try store.respond("explained to Kenya and France that the host would be chosen", answers: ["Q1"])
        try store.recordCommitment(NewCommitment(meeting: "PBA-56", origin: response, text: "write to France"))
        let detector = SpeakerLeakDetector(states: try store.stateNames())
        let direct = detector.leaks(
            in: try store.recordSource(of: "PBA-56"), commitments: try store.commitments(meeting: "PBA-56"))
        #expect(direct.map(\.record) == ["I1", "Q1", "I2", "R1", "R1", "A1"])
        #expect(try store.speakerLeaks(meeting: "PBA-56") == direct)
    }

    @Test func commitmentsAreCheckedUnderTheirResponsesParagraph() throws {
        let store = try recordStore()
        try store.say("Kenya", .request, "asked for the report")
        let response = try store.respond("committed to share the report", answers: ["Q1"])
        try store.recordCommitment(NewCommitment(meeting: "PBA-56", origin: response, text: "send the report to Kenya"))
        let number = try #require(try paragraph(containing: "committed to share the report", in: store))
        #expect(try leaks(store) == ["¶\(number) A1 Kenya: Kenya"])
    }
}
