import Foundation

/// Reads a published meeting summary as plain text, as it comes out of Word or PDF, into
/// a `ParsedSummary`: the heading, the adopted agenda, and every paragraph with its
/// speaker, role, kind, asks, pledge and commitments, each with a one-line explanation.
/// The layout of the text (`SummaryLayout`) chooses the house style that reads it: the
/// PBA's numbered summary or the Board's daily journal. Nothing is stored; problems
/// become diagnostics.
public enum SummaryParser {
    /// `bodies` are the bodies a PBA-style heading can name: the store's, when there is
    /// one (a Board journal is always the Board's). `layout` forces a layout; by default it is detected, and a text of no known
    /// layout is read as the PBA's summary (whose reader then says what it misses).
    public static func parse(
        _ text: String, bodies: BodyDirectory = .reference, layout: SummaryLayout? = nil
    ) -> ParsedSummary {
        switch layout ?? SummaryLayout.detect(text) ?? .pbaSummary {
        case .pbaSummary: PBASummaryReader.read(text, bodies: bodies)
        case .boardJournal: BoardJournalReader.read(LayoutBlockReader.read(text))
        }
    }

    /// A document copied from a web page or cut to an excerpt may stop in the middle of
    /// its last paragraph: that paragraph is left out, with a warning at its line, and the
    /// record holds every whole one. A paragraph whose running text ends without a mark
    /// that closes a sentence (or a list entry, which often has none) is taken as cut.
    static func dropParagraphCutShort(from paragraphs: inout [SummaryRawParagraph]) -> SummaryDiagnostic? {
        guard let last = paragraphs.last, let part = last.parts.last, !part.isListEntry, SentenceEnd.isCut(part.text)
        else { return nil }
        paragraphs.removeLast()
        return SummaryDiagnostic(
            line: part.line, severity: .warning,
            message:
                "the text stops short in paragraph \(last.number), which ends mid-sentence; it is left out and the record holds the paragraphs before it"
        )
    }

    /// Every line of the text, 1-based, as written and cleaned.
    static func numberedLines(_ text: String) -> [SummaryBodyReader.Line] {
        // "\r\n" is one Character, and a newline like any other.
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
            .enumerated().map {
                (number: $0.offset + 1, raw: String($0.element), text: SummaryLineCleaner.clean(String($0.element)))
            }
    }
}
