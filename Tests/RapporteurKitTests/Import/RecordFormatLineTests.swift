import Testing

@testable import RapporteurKit

/// The record reader tells lines apart on their bytes; where a grammar mark touches
/// non-ASCII text it reads the line as Characters, as it always did, so that the two
/// ways never disagree.
@Suite struct RecordFormatLineTests {
    private func line(_ text: String) -> RecordFormatLine {
        var text = text
        return text.withUTF8 { RecordFormatLine($0) }
    }

    private func messages(_ text: String) -> [String] {
        RecordFormatReader.read(text, file: "f").diagnostics.map(\.message)
    }

    @Test func asciiLinesAreToldApartOnTheirBytes() {
        guard case .skip = line("   \t") else { Issue.record("blank"); return }
        guard case .skip = line("  # a comment") else { Issue.record("comment"); return }
        guard case .header("meeting", "PBA-56") = line("meeting  PBA-56 ") else { Issue.record("header"); return }
        guard case .field("body", "Comité é") = line("\t body :  Comité é\t") else { Issue.record("field"); return }
        guard case .malformedField("a b: c") = line("  a b: c") else { Issue.record("space in the name"); return }
        guard case .malformedField("no colon") = line("  no colon") else { Issue.record("no colon"); return }
    }

    @Test func marksNextToNonASCIITextAreReadAsCharacters() {
        for text in ["#\u{301} x", "  \u{301}x: y", "  é: y", "  x:\u{301}y", "meeting\u{301} x", "r\u{E9}union x"] {
            guard case .characters = line(text) else { Issue.record("\(text)"); return }
        }
    }

    @Test func aCombiningAccentAfterAMarkKeepsItsOldMeaning() {
        // "#" and the accent are one Character, which is not a comment mark.
        #expect(
            messages("#\u{301}\n") == [
                "unknown line '#\u{301}'; a block starts with meeting, body, document, decision, item, "
                    + "provisional-item, day, paragraph, intervention, ask, response or commitment, and its fields are indented"
            ])
        // A colon with an accent on it is no colon.
        #expect(
            messages("meeting PBA-56\n  venue:\u{301} x\n").first
                == "a field is written `name: value`, not 'venue:\u{301} x'")
        // Unicode spaces around a value are trimmed, as before.
        #expect(
            RecordFormatReader.read("meeting PBA-56\n  body:\u{A0}PBA\u{3000}\n  dates: 2024-10-16\n", file: "f")
                .records.first?.body == "PBA")
    }
}
