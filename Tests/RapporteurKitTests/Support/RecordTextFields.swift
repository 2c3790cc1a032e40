@testable import RapporteurKit

/// Every text a user or an importer can put into a record that the record format
/// carries, and how to put it there through the library. `RecordTextRoundTripTests`
/// fills each one with random text and checks the record survives export, import and
/// export again, and that a NUL is refused with the field's name.
///
/// A new text field, of any command or importer, joins this table; nothing else needs
/// to change for it to be tested.
struct RecordTextField: Sendable {
    /// The field as the store names it in its messages ("intervention.text").
    let stored: String
    /// Where the value goes in a meeting record `RecordTextScenario` builds.
    let slot: RecordTextScenario.Slot

    static let all: [RecordTextField] = [
        .init(stored: "body.timeZoneLabel", slot: .timeZoneLabel),
        .init(stored: "body.timeZoneName", slot: .timeZoneName),
        .init(stored: "meeting.venue", slot: .venue),
        .init(stored: "meeting.chairName", slot: .chair),
        .init(stored: "meeting.chairFunction", slot: .chairFunction),
        .init(stored: "decision.title", slot: .decisionTitle),
        .init(stored: "agendaItem.title", slot: .itemTitle),
        .init(stored: "agendaItem.annotation", slot: .itemAnnotation),
        .init(stored: "intervention.text", slot: .interventionText),
        .init(stored: "ask.text", slot: .askText),
        .init(stored: "ask.statusNote", slot: .askNote),
        .init(stored: "the speaker 'stakeholder: ", slot: .stakeholder),
        .init(stored: "the speaker 'entity: ", slot: .entity),
        .init(stored: "the speaker 'Secretariat: ", slot: .secretariatUnit),
        .init(stored: "response.text", slot: .responseText),
        .init(stored: "response.unit", slot: .responseUnit),
        .init(stored: "commitment.text", slot: .commitmentText),
        .init(stored: "the speaker 'Secretariat: ", slot: .commitmentOwner),
        .init(stored: "commitment.statusNote", slot: .commitmentNote),
        .init(stored: "publishedParagraph.text", slot: .publishedParagraph),
    ]
}
