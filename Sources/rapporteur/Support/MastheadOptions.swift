import ArgumentParser
import RapporteurKit

/// What the masthead of a pre-session document needs that the meeting does not hold:
/// its symbol, its date of issue and the agenda item it is issued under. Given once,
/// they are kept as the meeting's documents (`meeting documents`), so that a later
/// document of the session finds them, the provisional agenda's symbol for its footnote.
struct MastheadOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The document's symbol (HSP/EB.2025/1); kept for the meeting.", valueName: "symbol"))
    var symbol: String?
    @Option(help: ArgumentHelp("Its date of issue (YYYY-MM-DD); kept for the meeting.", valueName: "date"))
    var issued: CalendarDate?
    @Option(
        help: ArgumentHelp(
            "The agenda item it is issued under (9, 2a): \"Item 9 of the provisional agenda\".", valueName: "item"))
    var item: String?

    /// The masthead of `meeting`'s document of `kind`, after recording in one
    /// transaction what these options give of it. `title` nil: the kind's standard title.
    /// An item the provisional agenda does not hold is named without a title, and said.
    /// `then` writes the document the masthead heads, in the same transaction: a document
    /// that cannot be written keeps nothing of what these options give.
    @discardableResult
    func masthead(
        _ store: AppStore, meeting: String, kind: MeetingDocumentKind, title: String? = nil, subtitle: String? = nil,
        then writeDocument: (Masthead) throws -> Void = { _ in }
    ) throws -> Masthead {
        // Read before the transaction, which cannot read through the store again.
        let labels = AgendaNode.labels(of: try store.agenda(of: meeting))
        return try store.masthead(
            meeting: meeting, kind: kind, symbol: symbol, issued: issued, item: item, title: title,
            subtitle: subtitle
        ) { masthead in
            if let line = masthead.agendaItem, line.title == nil {
                Console.warning(
                    "item \(line.label) is not on the agenda of \(meeting)"
                        + (labels.isEmpty
                            ? ", which has no items yet" : " (its items are \(labels.joined(separator: ", ")))")
                        + "; the masthead names it without its title")
            }
            try writeDocument(masthead)
        }
    }
}
