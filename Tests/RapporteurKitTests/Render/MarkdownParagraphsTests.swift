import RapporteurTestSupport
import Testing

/// The reading of the Markdown output the page tests compare with: one paragraph a
/// line, markup off, escapes read, table rows as cells.
@Suite struct MarkdownParagraphsTests {
    @Test func markupIsTakenOffAndEscapesAreRead() {
        let reading = MarkdownParagraphs(
            """
            **Body**

            # Title

            ## Section

            12\\. The delegate said \\*this\\* \\[twice\\] & \\<more\\>.
                - 1\\. An item;
                  *Resolution 2/7*

            - **Q1** (open) asked \\\\ a path \\- and a dash
              - answered in part
            """)
        #expect(
            reading.paragraphs == [
                "Body", "Title", "Section", "12. The delegate said *this* [twice] & <more>.", "1. An item;",
                "Resolution 2/7", "Q1 (open) asked \\ a path - and a dash", "answered in part",
            ])
        #expect(reading.tableRows.isEmpty)
    }

    @Test func tableRowsAreCellsWithoutTheDivider() {
        let reading = MarkdownParagraphs(
            """
            # Funding

            | Resolution | Gap % |
            |---|---:|
            | 2/7 Housing \\| all | 64% |
            | **Total** | | **52%** |

            - A note.
            """)
        #expect(reading.paragraphs == ["Funding", "A note."])
        #expect(reading.tableRows == [["Resolution", "Gap %"], ["2/7 Housing | all", "64%"], ["Total", "", "52%"]])
    }
}
