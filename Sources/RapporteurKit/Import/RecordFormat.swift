/// The plain-text record format: one meeting a block, one field a line, written for
/// people to read, edit and diff, and for the program to stream.
///
///     # Rapporteur record, format 1
///     meeting PBA-56
///       body: PBA
///       number: 56
///       dates: 2024-10-16
///       times: 10:00-13:00
///     document provisional-agenda: HSP/EB.2024/13
///       issued: 2024-10-09
///     item 2(a): Progress on the international guidelines on people-centred smart cities
///       resolution: 2/1
///       annotation: The Secretariat will report on the guidelines.
///       annotation: The working group may wish to take note of the report.
///     paragraph 6
///       item: 2
///       text: A Member State asked that future updates report the challenges met.
///     intervention I5
///       item: 2
///       by: Member State A
///       kind: request
///       resolution: 1/2
///       text: asked that future updates report the challenges met
///     ask Q1
///       text: asked that future updates report the challenges met
///     response R1
///       item: 2
///       answers: Q1 partial
///       text: explained that …
///     commitment A1
///       from: R1
///       due: 2024-12-31
///       text: share the draft handbook
///
/// What an annotated agenda says before its first item, under a heading of its own, is
/// the meeting's: `opening:` gives the heading and `opening-annotation:` each paragraph.
///
///     meeting GC-20
///       opening: Opening of the session
///       opening-annotation: The session will be opened on its first morning by …
///
/// A meeting of a body the secretariat added (`body add`) carries the body's definition
/// after the meeting's fields, so that it imports into a database without it: the
/// import adds the body when it is missing and refuses a record whose settings differ
/// from the body's in the database.
///
///     body GC
///       name: Governing Council of the United Nations Human Settlements Programme
///       short-name: the Governing Council
///       numbering: session
///       meeting-noun: session
///       ...
///
/// A session of several days gives each day on a line of its own, its number and date;
/// the paragraphs, interventions, responses and commitments after it are that day's, up
/// to the next `day` line. Its days come in order, and every record of it is on a day. A
/// daily journal numbers its paragraphs from 1 each day, so a paragraph's number is given
/// once a day. A meeting of one day has no `day` line.
///
///     day 2 2024-12-05
///
///     paragraph 1
///       item: 6
///       text: BRAZIL asked for a timeline of the report.
///
/// A commitment's `due:` is a date, `by HANDLE` for a later meeting (recorded or not
/// yet: one not recorded is linked when it is), `upon request` or `as early as possible`.
///
/// Why a format of our own rather than YAML: every value is one line of text after a
/// field name, so a file diffs line by line, needs no quoting rules a secretariat
/// officer could trip on, and streams meeting by meeting without holding a corpus in
/// memory. A record read from a published summary keeps that summary's numbered
/// paragraphs as printed (`paragraph N`, with `published-style:` on the meeting saying
/// how it named speakers); the records drawn from a paragraph name it by their
/// `paragraph:` field, several to one paragraph when it reports several speakers.
/// `RecordFormatWriter` writes it; `RecordFormatReader` reads it. A field
/// that holds several paragraphs (an item's `annotation`, the `opening-annotation`) takes
/// one line a paragraph.
///
/// A value carries any text the store can hold: what a line cannot hold or would lose
/// is written with a backslash (`\n`, `\r`, `\t`, `\\`, and `\u{1B}` for the other
/// control characters, the bidirectional controls and a space at either end), and a
/// backslash before anything else is itself; see `RecordFormatEscape`. A NUL (U+0000)
/// cannot be stored and is an error at its line, and so is a file without a meeting.
public enum RecordFormat {
    public static let header = "# Rapporteur record, format 1"
}
