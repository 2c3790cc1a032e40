import Foundation
import Testing

@testable import RapporteurKit

@Suite struct TextPatternTests {
    @Test func aWholeMatchSpansTheTextEvenPastALazyGroup() throws {
        // The report's footnote: "\S+?" alone would stop after "HSP/O".
        let footnote = TextPattern(#"(\*|[¹²³⁴⁵⁶⁷⁸⁹])\s*(HSP\/\S+?)\.?"#)
        let match = try #require(footnote.wholeMatch(in: "* HSP/OECPR.2021/1."))
        #expect(match.group(1) == "*")
        #expect(match.group(2) == "HSP/OECPR.2021/1")
        #expect(footnote.firstMatch(in: "* HSP/OECPR.2021/1.")?.text == "* HSP/O")
    }

    @Test func aWholeMatchStopsAtTheLastCharacterNotBeforeALineEnd() {
        let pageNumber = TextPattern(#"[0-9]{1,3}"#)
        #expect(pageNumber.wholeMatch(in: "12") != nil)
        #expect(pageNumber.wholeMatch(in: "12\u{0C}") == nil)
        #expect(pageNumber.wholeMatch(in: "12\n") == nil)
        #expect(pageNumber.wholeMatch(in: "1234") == nil)
    }

    @Test func aPrefixMatchStartsWhereTheTextStarts() {
        let section = TextPattern(#"[IVX]+\.\s+\S"#)
        #expect(section.prefixMatch(in: "II. Implementation")?.text == "II. I")
        #expect(section.prefixMatch(in: "See II. Implementation") == nil)
        #expect(section.firstMatch(in: "See II. Implementation") != nil)
    }

    @Test func caseIsIgnoredOnlyWhenAsked() {
        #expect(TextPattern(#"^venue\s*:"#, anyCase: true).matches("Venue: Room 2"))
        #expect(!TextPattern(#"^venue\s*:"#).matches("Venue: Room 2"))
    }

    /// The briefing's table ends at a line that starts with the word "Note", and Swift's
    /// `Regex`, which the reader used before, never took "Note’s" for that word.
    @Test func unicodeWordBoundariesKeepAnApostropheInsideTheWord() {
        #expect(BriefingPatterns.tableEnd.prefixMatch(in: "Note: figures in thousands") != nil)
        #expect(BriefingPatterns.tableEnd.prefixMatch(in: "Note’s figures stand") == nil)
        #expect(TextPattern(#"^note\b"#, anyCase: true).prefixMatch(in: "Note’s figures stand") != nil)
    }

    @Test func aBadPatternStopsTheProgramNamingIt() async {
        await #expect(processExitsWith: .failure) {
            _ = TextPattern(#"(unclosed"#)
        }
    }

    /// Every pattern of the library written as one literal (`TextPattern(#"…"#)`)
    /// compiles; those built from pieces are compiled by the readers' own tests.
    @Test func everyPatternWrittenInTheSourcesCompiles() throws {
        let sources = packageRoot.appending(path: "Sources/RapporteurKit")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let literal = try NSRegularExpression(
            pattern: ##"TextPattern\(\s*#"(.*?)"#\s*(?:,\s*anyCase:\s*(?:true|false)\s*)?\)"##)
        var count = 0
        for case let url as URL in files
        where url.pathExtension == "swift" && url.lastPathComponent != "TextPattern.swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for result in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let pattern = String(text[Range(result.range(at: 1), in: text)!])
                // A pattern built from pieces spans several literals: not one pattern.
                if pattern.contains(##""#"##) { continue }
                #expect((try? NSRegularExpression(pattern: pattern)) != nil, "\(url.lastPathComponent): \(pattern)")
                count += 1
            }
        }
        // The summary reader alone declares some sixty; finding few means the scan broke.
        #expect(count > 50)
    }
}
