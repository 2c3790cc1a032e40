/// What a user can do next about an error, named by what it achieves; the command
/// line words it as the command that does it, another caller as its own button or link.
public enum NextStep: Sendable, Equatable {
    /// A record that can be edited; `seeWhatCanChange` names it.
    public enum EditableRecord: Sendable, Equatable {
        case meeting
        case intervention
        case response
        case commitment
    }

    /// A kind of record that is listed by meeting.
    public enum ListedRecord: Sendable, Equatable {
        case intervention
        case response
    }

    /// Create the missing database, or open one that exists.
    case createOrChooseDatabase
    /// Create a Rapporteur database in the empty file at `path`.
    case createDatabase(at: String)
    /// Bring the database at `path` up to the current schema.
    case upgradeDatabase(at: String)
    /// The file is not a Rapporteur database: check which one is opened, or create one elsewhere.
    case chooseAnotherDatabase
    /// The same, as a sentence of its own after "nothing was changed.", for a file that
    /// belongs to another application.
    case leaveThisFileAndChooseAnother
    /// Load the reference data (bodies, Member States, resolutions) into the database.
    case loadReferenceData
    /// Write the default templates out to `folder`.
    case exportTemplates(to: String)
    /// Save the file from Word as a .docx, or start from the built-in reference document
    /// written out beside the templates.
    case startFromBuiltInReferenceDocument
    /// See which fields of such a record can be changed.
    case seeWhatCanChange(EditableRecord)
    /// Remove the record and add it anew.
    case removeAndAddAnew(RecordID)
    /// List the records of that kind of a meeting.
    case listRecords(ListedRecord)
    /// List the open asks and commitments.
    case listFollowUp
    /// List the meetings.
    case listMeetings
    /// Plan a meeting.
    case planMeeting
    /// Show the meeting with this handle.
    case showMeeting(String)
    /// List the Member States.
    case listStates
    /// Add items to an agenda, or the body's standard ones.
    case addAgendaItems
    /// Retitle an agenda item rather than remove it.
    case retitleAgendaItem
    /// Record a decision the text names; its key and body when known.
    case recordDecision(body: String?, key: String?)
    /// Link a response to the ask it answers.
    case addLink
    /// Confirm the proposed link between the ask and the response, in full or in part.
    case confirmLink(ask: RecordID, response: RecordID)
    /// Remove the link between the ask and the response.
    case removeLink(ask: RecordID, response: RecordID)
    /// Cancel or remove the commitments first.
    case cancelOrRemoveCommitments
    /// Give the commitment (or `count` commitments, the first being `first`) another due date.
    case giveAnotherDueDate(first: RecordID, count: Int)
    /// Read how a briefing's tables are laid out.
    case readBriefingFormat
    /// Change the settings of the body with this code.
    case changeBodySettings(String)
    /// Remove the body's meetings first.
    case removeMeetingsFirst

    /// The step in plain words, as a clause of a sentence.
    public var words: String {
        switch self {
        case .createOrChooseDatabase: "create it, or open a database that exists"
        case .createDatabase: "create a database in it"
        case .upgradeDatabase: "bring it up to date"
        case .chooseAnotherDatabase: "check which database is opened, or create one elsewhere"
        case .leaveThisFileAndChooseAnother: "Check which database is opened, or create a database elsewhere"
        case .loadReferenceData: "load the reference data"
        case .exportTemplates: "exporting the default templates creates it"
        case .startFromBuiltInReferenceDocument:
            "save it from Word as a .docx, or export the templates for a starting point (the built-in reference.docx)"
        case .seeWhatCanChange(.meeting): "see what can be set about a meeting"
        case .seeWhatCanChange: "see what can be changed"
        case .removeAndAddAnew: "remove it and add it anew"
        case .listRecords(.intervention): "the meeting's list of interventions shows them"
        case .listRecords(.response): "the meeting's list of responses shows them"
        case .listFollowUp: "the follow-up list shows the open ones"
        case .listMeetings: "the list of meetings shows them"
        case .planMeeting: "plan one first"
        case .showMeeting(let handle): "showing \(handle) shows it"
        case .listStates: "the list of Member States shows the UN short names"
        case .addAgendaItems: "add them, or the body's standard items"
        case .retitleAgendaItem: "retitle the item"
        case .recordDecision(_, nil): "record it first"
        case .recordDecision(let body, let key?): "record it first, as decision \(key)\(body.map { " of \($0)" } ?? "")"
        case .addLink: "add the link"
        case .confirmLink: "confirm it, in full or in part"
        case .removeLink: "remove the link"
        case .cancelOrRemoveCommitments: "cancel those or remove them first"
        case .giveAnotherDueDate(_, let count): "give \(count == 1 ? "it" : "them") another due date"
        case .readBriefingFormat: "see how a briefing's tables are laid out"
        case .changeBodySettings: "change its settings"
        case .removeMeetingsFirst: "remove its meetings first"
        }
    }
}
