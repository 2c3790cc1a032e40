import RapporteurKit

/// The library's messages in the command line's terms: each field as the flag that
/// gives it, each next step as the command that takes it. The one place the program's
/// flags and commands meet the library's errors.
enum ErrorWording {
    static func message(of error: RapporteurError) -> String {
        text(error.phrase)
    }

    static func text(_ phrase: Phrase) -> String {
        phrase.worded(field: flag, fieldValue: { "\(flag($0)) \($1)" }, step: command)
    }

    /// `FILE:LINE: severity: message`, as `Diagnostic.description` but in these terms.
    static func line(of diagnostic: Diagnostic) -> String {
        "\(diagnostic.file):\(diagnostic.line): \(diagnostic.severity.rawValue): \(text(diagnostic.phrase))"
    }

    static func flag(_ field: InputField) -> String {
        switch field {
        case .body: "--body"
        case .meeting: "--meeting"
        case .year: "--year"
        case .session: "--session"
        case .number: "--number"
        case .startTime: "--start"
        case .endTime: "--end"
        case .title: "--title"
        case .resolution: "--resolution"
        case .decision: "--decision"
        case .document: "--document"
        case .paragraph: "--paragraph"
        case .parentItem: "--under"
        case .position: "--at"
        case .asAmended: "--as-amended"
        case .speaker: "--by"
        case .named: "--named"
        case .kind: "--kind"
        case .ask: "--ask"
        case .supersedingAsk: "--by"
        case .amount: "--amount"
        case .currency: "--currency"
        case .owner: "--owner"
        case .due: "--due"
        case .symbol: "--symbol"
        case .agendaItem: "--item"
        case .replace: "--replace"
        case .sessionDay: "--into"
        case .asOf: "--as-of"
        case .encoding: "--encoding"
        case .bodyName: "--name"
        case .shortName: "--short-name"
        case .parentBody: "--parent"
        case .meetingNoun: "--meeting-noun"
        case .symbolPrefix: "--symbol-prefix"
        case .secretariatWord: "--secretariat-word"
        case .documentLeadDays: "--document-lead-days"
        case .layout: "--layout"
        }
    }

    static func command(_ step: NextStep) -> String {
        switch step {
        case .createOrChooseDatabase:
            "run `rapporteur init` to create it, or pass --db PATH (or set RAPPORTEUR_DB)"
        case .createDatabase(let path):
            "run `rapporteur init --db \(path)` to create one in it"
        case .upgradeDatabase(let path):
            "run `rapporteur init --db \(path)` to bring it up to date"
        case .chooseAnotherDatabase:
            "check --db or RAPPORTEUR_DB, or run `rapporteur init --db PATH` to create one elsewhere"
        case .leaveThisFileAndChooseAnother:
            "Check --db or RAPPORTEUR_DB, or run `rapporteur init --db NEW-PATH` to create a database elsewhere"
        case .loadReferenceData:
            "run `rapporteur init`"
        case .exportTemplates(let folder):
            "`rapporteur templates export \(folder)` creates it"
        case .startFromBuiltInReferenceDocument:
            "save it from Word as .docx, or run `rapporteur templates export DIR` for a starting point (DIR/reference.docx)"
        case .seeWhatCanChange(.meeting):
            "`rapporteur meeting set --help` lists what can be set"
        case .seeWhatCanChange(let record):
            "`rapporteur \(noun(of: record)) edit --help` lists what can be changed"
        case .removeAndAddAnew(let id):
            "remove it with `rapporteur \(noun(of: id)) remove \(id)` and add it anew"
        case .listRecords(.intervention):
            "`rapporteur intervention list MEETING` shows them"
        case .listRecords(.response):
            "`rapporteur response list MEETING` shows them"
        case .listFollowUp:
            "`rapporteur followup` lists the open ones"
        case .listMeetings:
            "`rapporteur meeting list` shows the meetings"
        case .planMeeting:
            "plan one with `rapporteur meeting new`"
        case .showMeeting(let handle):
            "`rapporteur meeting show \(handle)` shows it"
        case .listStates:
            "`rapporteur state list` shows the UN short names"
        case .addAgendaItems:
            "add them with `rapporteur agenda add` or `agenda standard`"
        case .retitleAgendaItem:
            "retitle the item with `rapporteur agenda edit`"
        case .recordDecision(let body?, let key?):
            "record it first with `rapporteur decision add \(body) \(key) --title \"…\"`"
        case .recordDecision:
            "`rapporteur decision add`"
        case .addLink:
            "add the link with `rapporteur link add`"
        case .confirmLink(let ask, let response):
            "confirm it with `rapporteur link confirm \(ask) \(response)` (--partial for an answer in part)"
        case .removeLink(let ask, let response):
            "remove the link with `rapporteur link remove \(ask) \(response)`"
        case .cancelOrRemoveCommitments:
            "cancel those with `rapporteur action cancel` or remove them first"
        case .giveAnotherDueDate(let first, let count):
            "give \(count == 1 ? "it" : "them") another due date with `rapporteur action edit \(first) --due …`"
        case .readBriefingFormat:
            "see `rapporteur import briefing --help`"
        case .changeBodySettings(let code):
            "change its settings with `rapporteur body set \(code)`"
        case .removeMeetingsFirst:
            "remove its meetings first with `rapporteur meeting remove`"
        }
    }

    private static func noun(of record: NextStep.EditableRecord) -> String {
        switch record {
        case .meeting: "meeting"
        case .intervention: "intervention"
        case .response: "response"
        case .commitment: "action"
        }
    }

    private static func noun(of id: RecordID) -> String {
        switch id.kind {
        case .intervention: "intervention"
        case .response: "response"
        case .commitment: "action"
        case .ask: "ask"
        }
    }
}
