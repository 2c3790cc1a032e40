import Foundation

extension ReferenceDocument {
    /// A short document set in every style the Word writer uses, to open in Word, restyle
    /// and save as a reference document of one's own. Its section carries the page size
    /// and margins, which a reference document read back takes.
    public func docx() throws -> Data {
        try WordWriter.docx(Self.sample, reference: self)
    }

    /// Writes the reference document into `folder` as reference.docx, where it is found
    /// beside the templates, and returns the file's path.
    public func export(to folder: String) throws -> String {
        let url = URL(fileURLWithPath: folder).appending(path: Self.fileName)
        do {
            let data = try docx()
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch let error as RapporteurError {
            throw error
        } catch {
            throw RapporteurError.failure("cannot write \(url.path): \(error.localizedDescription)")
        }
        return url.path
    }

    /// The sample's text says what each style sets.
    static let sample = PageDocument(
        masthead: Masthead(
            bodyName: "Executive Board of the United Nations Human Settlements Programme",
            symbol: "HSP/EB.2025/14", issued: CalendarDate(year: 2025, month: 2, day: 10),
            session: "First session of 2025", placeAndDates: "Nairobi, 25–27 March 2025",
            agendaItem: MastheadItem(
                label: "9", title: "Reports of the Executive Director (style MastheadLine, in bold)",
                provisionalAgendaSymbol: "HSP/EB.2025/1"),
            title: "Sample of the styles of a reference document (style Title)",
            subtitle: "Note on how to restyle it (style Subtitle)"),
        runningHeader: "HSP/EB.2025/14",
        blocks: [
            .heading(level: 1, text: "I.\tHeadings (style Heading 1)"),
            .paragraph(
                "Body text is set in Normal, the default paragraph style. Change its font, size and spacing "
                    + "in Word, save the file, and the documents written with it follow."),
            .heading(level: 2, text: "A.\tSecond-level heading (style Heading 2)"),
            .numbered(
                number: "1.",
                text: "A numbered paragraph (style NumberedParagraph): the number at the margin, a tab, "
                    + "then the text hanging. The number is text, so it stays as other documents cite it."),
            .listItem(marker: "(a)", text: "A sub-paragraph (style ListItem), one step in;", depth: 0),
            .listItem(marker: "(i)", text: "a second level, one step further in.", depth: 1),
            .heading(level: 3, text: "Third-level heading (style Heading 3)"),
            .paragraph("A paragraph in italics, as a note is set.", emphasis: .italic),
            .paragraph("A paragraph in bold, as a lead-in is set.", emphasis: .bold),
            .table(
                PageTable(
                    header: ["Table (style Table Grid, cells in TableText)", "Budget", "Spent"],
                    rows: [
                        ["First line", "1,200", "800"], ["Second line", "300", "150"], ["Total", "1,500", "950"],
                    ],
                    figureColumns: [1, 2], lastRowIsTotal: true)),
            .paragraph(
                "The header (style Header) repeats the symbol on every page after the first; the footer "
                    + "(style Footer) numbers the pages; the footnote is set in FootnoteText."),
        ])
}
