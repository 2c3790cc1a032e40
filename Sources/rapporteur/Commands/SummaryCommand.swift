import ArgumentParser
import RapporteurKit

struct SummaryCommand: RapporteurCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Write a meeting's summary from its record, as the secretariat publishes it.",
        discussion: """
            Examples:
              rapporteur summary PBA-56
              rapporteur summary PBA-56 --format md -o pba-56-summary.md
              rapporteur summary PBA-56 --style named --format html -o pba-56.html
              rapporteur summary PBA-56 -o pba-56.docx   # Word; .pdf needs LibreOffice
              rapporteur summary EB-2024-2 --by item     # a session's days together

            Styles: anonymous ("A Member State …"), capitals ("FRANCE …") and named
            ("The representative of France …"); the default is the body's. The
            record is not changed by writing its summary.

            A session of several days is written day by day, each day's items under
            its heading ("Day 2 – Thursday, 5 December 2024"), or with --by item an
            item's paragraphs of every day together; either way the paragraphs are
            numbered straight through the document.

            --check writes no summary: it lists each text of the record that would
            reveal a speaker in the anonymous style (a State that spoke and is not
            marked --named, by name, alias or ISO3 code), with its paragraph, and
            exits 2 if there is one. In the capitals and named styles every speaker
            is named, so there is nothing to reveal:
              rapporteur summary PBA-56 --check
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var document: DocumentOptions<SummaryFormats>
    @Argument(help: "The meeting's handle.") var meeting: String
    @Option(help: "Attribution style (default: the body's setting).") var style: AttributionStyle?
    @Option(help: "A session of several days: by day (the default) or by item.") var by: SummaryArrangement?
    @Flag(help: "List the texts that would reveal a speaker in the anonymous style; exit 2 if any.") var check = false

    func execute() throws {
        let store = try global.openStore()
        let source = try store.recordSource(of: meeting)
        if check {
            return try checkLeaks(store, handle: source.meeting.handle, style: style ?? source.body.attributionStyle)
        }
        // JSON keeps what was stored; every document is typeset.
        let view = SummaryDocument(
            source, style: style, typesetting: document.isJSON ? .asStored : .typeset, arrangement: by)
        if document.isJSON {
            return try document.emitJSON(SummaryJSON(view))
        }
        if document.chosen.isPaged { return try document.emit(page: view.page) }
        if document.chosen == .akn {
            return try document.emit(AkomaNtosoSummary(view).xml)
        }
        try document.emit(try document.render(view, document: "summary"))
    }

    /// `--check`: the texts that would reveal a speaker, on stdout; exit 2 if any.
    private func checkLeaks(_ store: AppStore, handle: String, style: AttributionStyle) throws {
        guard style == .anonymous else {
            Console.print("\(handle): the \(style.rawValue) style names every speaker; nothing to reveal")
            return
        }
        let leaks = try store.speakerLeaks(meeting: handle, style: style)
        if document.isJSON {
            try document.emitJSON(leaks)
        } else if leaks.isEmpty {
            Console.print("\(handle): no speaker revealed in the anonymous style")
        } else {
            Console.print(leaks.map(SpeakerLeakText.line).joined(separator: "\n"))
        }
        guard leaks.isEmpty else {
            Console.note(
                "\(leaks.count) text\(leaks.count == 1 ? "" : "s") of "
                    + "\(handle) would reveal a speaker in the anonymous summary")
            throw ExitCode(2)
        }
    }

    /// The summary's paragraphs for machines: numbered, under their item headings.
    struct SummaryJSON: Encodable {
        var title: String
        var when: String
        var style: AttributionStyle
        var sections: [SectionJSON]

        init(_ view: SummaryDocument) {
            title = view.title
            when = view.when
            style = view.style
            sections = view.sections.map(SectionJSON.init)
        }
    }
}
