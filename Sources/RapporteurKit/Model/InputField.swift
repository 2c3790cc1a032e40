/// A value a caller gives the library, named by what it is rather than by how a
/// caller asks for it: an error names the field, and the command line shows it as
/// its flag, a form as its label.
public enum InputField: Sendable, Equatable, CaseIterable {
    case body
    case meeting
    case year
    case session
    case number
    case startTime
    case endTime
    case title
    case resolution
    case decision
    case document
    case paragraph
    case parentItem
    case position
    case asAmended
    case speaker
    case named
    case kind
    case ask
    case supersedingAsk
    case amount
    case currency
    case owner
    case due
    case symbol
    case agendaItem
    case replace
    /// The session a day's record is added to.
    case sessionDay
    case asOf
    case encoding
    case bodyName
    case shortName
    case parentBody
    case meetingNoun
    case symbolPrefix
    case secretariatWord
    case documentLeadDays
    case layout

    /// The field in plain words, as a sentence names it ("the owner").
    public var words: String {
        switch self {
        case .body: "the body"
        case .meeting: "the meeting"
        case .year: "the year"
        case .session: "the session"
        case .number: "the meeting's number"
        case .startTime: "the start time"
        case .endTime: "the end time"
        case .title: "a title"
        case .resolution: "a resolution"
        case .decision: "a decision"
        case .document: "a document"
        case .paragraph: "the paragraph"
        case .parentItem: "a parent item"
        case .position: "the position"
        case .asAmended: "the mark 'as amended'"
        case .speaker: "the speaker"
        case .named: "naming the speaker"
        case .kind: "the kind"
        case .ask: "an ask"
        case .supersedingAsk: "the superseding ask"
        case .amount: "the amount"
        case .currency: "the currency"
        case .owner: "the owner"
        case .due: "the due date"
        case .symbol: "the symbol"
        case .agendaItem: "the agenda item"
        case .replace: "replacing the record"
        case .sessionDay: "naming the session the day belongs to"
        case .asOf: "the day the figures hold for"
        case .encoding: "the encoding"
        case .bodyName: "the body's name"
        case .shortName: "the short name"
        case .parentBody: "the parent body"
        case .meetingNoun: "what its meetings are called"
        case .symbolPrefix: "the symbol prefix"
        case .secretariatWord: "the word for the secretariat"
        case .documentLeadDays: "the documents' lead time"
        case .layout: "the layout"
        }
    }
}
