import Testing

@testable import RapporteurKit

/// A store error names its field, the value given, what is allowed and the next step
/// as types, and words them without the command line's flags or commands.
@Suite struct TypedErrorTests {
    @Test func aBadOwnerCarriesItsFieldValueAndWhatIsAllowed() throws {
        let store = try recordStore()
        let error = #expect(throws: RapporteurError.self) {
            try store.recordCommitment(
                NewCommitment(meeting: "PBA-56", text: "circulate the note", owner: "Member States"))
        }
        #expect(error?.kind == .invalidInput)
        #expect(error?.field == .owner)
        #expect(error?.value == "Member States")
        #expect(error?.allowed == "the Secretariat, \"Secretariat: <unit>\" or a Member State")
        #expect(
            error?.message
                == "the owner must be the Secretariat, \"Secretariat: <unit>\" or a Member State, not 'Member States'")
    }

    @Test func aBadCurrencyCarriesItsFieldAndValue() throws {
        let store = try recordStore()
        let error = #expect(throws: RapporteurError.self) {
            try store.recordIntervention(
                NewIntervention(
                    meeting: "PBA-56", item: "2a", speakers: ["France"], kind: .pledge,
                    text: "announced a contribution", pledgeAmount: "5000", pledgeCurrency: "euros"))
        }
        #expect(error?.field == .currency)
        #expect(error?.value == "euros")
        #expect(error?.message == "the currency 'euros' is not an ISO 4217 code; write it as USD, EUR or KES")
        #expect(error?.phrase == "\(field: .currency) 'euros' is not an ISO 4217 code; write it as USD, EUR or KES")
    }

    @Test func anUnknownMeetingSuggestsListingTheMeetings() throws {
        let store = try recordStore()
        let error = #expect(throws: RapporteurError.self) { try store.meeting("CPR-3") }
        #expect(error?.field == .meeting)
        #expect(error?.value == "CPR-3")
        #expect(error?.suggestion == .listMeetings)
        #expect(error?.message == "no meeting CPR-3; the list of meetings shows them")
    }

    @Test func aPhraseKeepsItsFieldsAndStepsForTheCallerToWord() {
        let phrase: Phrase = "\(field: .endTime) needs \(field: .startTime); \(step: .listMeetings)"
        #expect(phrase.fields == [.endTime, .startTime])
        #expect(phrase.steps == [.listMeetings])
        let worded = phrase.worded(field: { "[\($0)]" }, fieldValue: { "[\($0)=\($1)]" }, step: { _ in "(step)" })
        #expect(worded == "[endTime] needs [startTime]; (step)")
        #expect(phrase.plain == "the end time needs the start time; the list of meetings shows them")
    }

    @Test func phrasesOfTheSameWordsAreEqualHoweverTheyAreBuilt() {
        let name = "Kenya"
        #expect(Phrase("unknown Member State 'Kenya'") == "unknown Member State '\(name)'")
    }
}
