import ArgumentParser
import RapporteurKit

extension BodyCommand {
    struct Add: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a body that is not shipped (a bureau, the Governing Council).",
            discussion: """
                Examples:
                  rapporteur body add GC --numbering session --symbol-prefix HSP/GC \\
                      --name "Governing Council" --short-name "the Governing Council"
                  rapporteur body add EB-BUREAU --numbering number --parent EB \\
                      --name "Bureau of the Executive Board" --short-name "the Bureau"
                  rapporteur meeting new GC --session 20 --from 2005-04-04 --to 2005-04-08

                The code is capitals and digits, parts joined by dashes, none all
                digits (GC, EB-BUREAU); meeting handles start with it (GC-20).
                --numbering decides the handle: number (GC-20 is meeting 20),
                year-session (GC-2005-1), session (GC-20 is session 20) or year
                (GC-2005). Unless given: meetings are called sessions when numbered
                by session, else meetings; the short name is "the" and the name;
                the symbol prefix is HSP/ and the code; ordinals in words,
                twelve-hour times in EAT (East Africa Time), anonymous attribution,
                "secretariat", documents due 42 days ahead, general distribution.
                `body set` changes any of them later. An exported record of its
                meetings carries the body, so that it imports into another
                database (which adds it, or checks that its settings agree).
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The new body's code (GC, EB-BUREAU).") var code: String
        @Option(help: "The full name as it reads after \"the\".") var name: String
        @Option(help: "The short name (\"the Governing Council\").") var shortName: String?
        @Option(help: "The code of the body it is part of (EB).") var parent: String?
        @Option(help: "How its meetings are numbered.") var numbering: MeetingNumbering
        @Option(help: "What its meetings are called: meeting or session.") var meetingNoun: String?
        @Option(help: "Document symbol prefix (HSP/GC).") var symbolPrefix: String?
        @Option(help: "Days before a meeting its documents are due (42).") var documentLeadDays: Int?
        @Option(help: "Attribution style (anonymous).") var attribution: AttributionStyle?
        @Option(help: "Meeting ordinals (words).") var ordinals: OrdinalStyle?
        @Option(help: "How times are written (twelve-hour).") var timeStyle: TimeStyle?
        @Option(help: "Time zone abbreviation used in text (EAT).") var timeZone: String?
        @Option(help: "Time zone written out in headings (East Africa Time).") var timeZoneName: String?
        @Option(help: "How the body writes it: Secretariat or secretariat.") var secretariatWord: String?
        @Option(help: "How its documents are distributed (general).") var distribution: Distribution?

        func execute() throws {
            var new = NewBody(
                code: code, name: name, shortName: shortName, parent: parent, meetingNumbering: numbering,
                meetingNoun: meetingNoun, symbolPrefix: symbolPrefix)
            if let documentLeadDays { new.documentLeadDays = documentLeadDays }
            if let attribution { new.attributionStyle = attribution }
            if let ordinals { new.ordinalStyle = ordinals }
            if let timeStyle { new.timeStyle = timeStyle }
            if let timeZone { new.timeZoneLabel = timeZone }
            if let timeZoneName { new.timeZoneName = timeZoneName }
            if let secretariatWord { new.secretariatWord = secretariatWord }
            if let distribution { new.distribution = distribution }
            let body = try global.openStore().addBody(new)
            Console.note("Added \(body.code): \(body.displayName).")
        }
    }
}
