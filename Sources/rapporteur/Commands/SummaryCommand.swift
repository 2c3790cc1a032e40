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

            Styles: anonymous ("A Member State …"), capitals ("FRANCE …") and named
            ("The representative of France …"); the default is the body's. The
            record is not changed by writing its summary.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var document: DocumentOptions
    @Argument(help: "The meeting's handle.") var meeting: String
    @Option(help: "anonymous, capitals or named (default: the body's setting).") var style: String?

    func execute() throws {
        let style = try self.style.map(Self.style)
        let source = try global.openStore().recordSource(of: meeting)
        let view = SummaryDocument(source, style: style)
        if document.isJSON {
            return try document.emitJSON(SummaryJSON(view))
        }
        try document.emit(try document.render(view, document: "summary"))
    }

    static func style(_ text: String) throws -> AttributionStyle {
        guard let style = AttributionStyle(rawValue: text.lowercased()) else {
            throw RapporteurError.invalid("--style must be anonymous, capitals or named, not '\(text)'")
        }
        return style
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
