import Foundation
import Testing

@testable import RapporteurKit

/// A piece of text and what it cites, written as strings so the table reads like the
/// text: resolutions and decisions as "2/7", documents in canonical form, paragraphs
/// as "3" or "8 of 2/2".
struct ScanCase: Sendable, CustomTestStringConvertible {
    let text: String
    var resolutions: [String] = []
    var decisions: [String] = []
    var documents: [String] = []
    var paragraphs: [String] = []
    var phrases: [String] = []

    var testDescription: String { text }
}

extension DetectedReferences {
    /// The same string form as `ScanCase`, so a failure shows both sides readably.
    var asScanCase: ScanCase {
        ScanCase(
            text: "",
            resolutions: resolutions.map(\.key),
            decisions: decisions.map(\.key),
            documents: documents.map(\.canonical),
            paragraphs: paragraphs.map { paragraph in
                paragraph.resolution.map { "\(paragraph.paragraph) of \($0.key)" } ?? paragraph.paragraph
            },
            phrases: phrases)
    }
}

/// A fragment of one of the seed documents in ../shared/seeds, named by two short anchors
/// instead of being copied here: the fragment runs from the first `from` in the seed to the
/// end of the first `through` at or after it, or is `from` itself when there is no `through`.
/// The expectations are written like `ScanCase`'s.
struct SeedFragment: Sendable, CustomTestStringConvertible {
    let seed: String
    let from: String
    var through: String? = nil
    var resolutions: [String] = []
    var decisions: [String] = []
    var documents: [String] = []
    var paragraphs: [String] = []
    var phrases: [String] = []

    var testDescription: String {
        "\(seed): " + [from, through].compactMap { $0?.debugDescription }.joined(separator: " … ")
    }

    /// The fragment cut out of `text`, the seed's text; fails naming the seed and the
    /// anchor that is not there. (The ranges are looked up first so that a failure shows
    /// the anchor, not the whole seed.)
    func fragment(of text: String) throws -> String {
        let startRange = text.firstRange(of: from)
        let start = try #require(startRange, "seed \(seed): start anchor \(from.debugDescription) not found")
        guard let through else { return String(text[start]) }
        let endRange = text[start.lowerBound...].firstRange(of: through)
        let end = try #require(
            endRange, "seed \(seed): end anchor \(through.debugDescription) not found after \(from.debugDescription)")
        return String(text[start.lowerBound..<end.upperBound])
    }
}

struct ReferenceScannerTests {
    /// Fragments of the seed documents, read from ../shared/seeds when the test runs: 000
    /// (resolution tracker), 001 (Executive Director's report), 002 (technical briefing),
    /// 004 (PBA meeting summary). Without that folder the test shows as skipped.
    static let seedPhrasings: [SeedFragment] = [
        // 000
        SeedFragment(
            seed: "000", from: "as mandated", through: "United Nations",
            resolutions: ["2/10"], phrases: ["UN-Habitat Assembly resolution 2/10"]),
        SeedFragment(
            seed: "000", from: "With resolution", through: "resolution's operat",
            resolutions: ["2/1"], phrases: ["resolution 2/1"]),
        SeedFragment(seed: "000", from: "Resolution 2/10\n", resolutions: ["2/10"], phrases: ["Resolution 2/10"]),
        SeedFragment(
            seed: "000", from: "a Regional", through: "and 4)",
            paragraphs: ["3", "4"], phrases: ["OP3 and 4"]),
        SeedFragment(
            seed: "000", from: "particularly in", through: "and 7)",
            paragraphs: ["5", "6", "7"], phrases: ["OP5, 6 and 7"]),
        SeedFragment(
            seed: "000", from: "The content", through: "27th, 2025",
            resolutions: ["2/7"], phrases: ["resolution 2/7"]),
        SeedFragment(
            seed: "000", from: "UNGA Resolution", through: "Day (WCD)",
            documents: ["A/78/122"], phrases: ["A/78/122"]),
        SeedFragment(
            seed: "000", from: "Deadline for", through: "respectively (OP8).\u{00A0}",
            paragraphs: ["8"], phrases: ["OP8"]),
        SeedFragment(seed: "000", from: "and at", through: "CBD. (OP1)", paragraphs: ["1"], phrases: ["OP1"]),
        SeedFragment(
            seed: "000", from: "the upcoming CBD", through: "2026. (OP2).\u{00A0}",
            paragraphs: ["2"], phrases: ["OP2"]),
        SeedFragment(
            seed: "000", from: "and relevant", through: "(OP4, 5)\u{00A0}",
            paragraphs: ["4", "5"], phrases: ["OP4, 5"]),
        SeedFragment(seed: "000", from: "Pursuant to", through: "Urban Agenda", paragraphs: ["6"], phrases: ["OP6"]),
        SeedFragment(
            seed: "000", from: "(January 2025).", through: "document HSP/EB.2024/INF/16.",
            documents: ["HSP/EB.2024/INF/16"], paragraphs: ["7"], phrases: ["OP7", "HSP/EB.2024/INF/16"]),
        SeedFragment(
            seed: "000", from: "particularly for", through: "hubs. (OP3)",
            paragraphs: ["3"], phrases: ["OP3"]),
        SeedFragment(
            seed: "000", from: "Pursuant to resolution", through: "its tools",
            resolutions: ["2/8"], phrases: ["resolution 2/8"]),
        SeedFragment(
            seed: "000", from: "finance and", through: "planning (OP1,2)",
            paragraphs: ["1", "2"], phrases: ["OP1,2"]),
        SeedFragment(
            seed: "000", from: "and its terms", through: "(OP3, 4)",
            decisions: ["2023/6"], paragraphs: ["3", "4"], phrases: ["decision 2023/6", "OP3, 4"]),
        SeedFragment(
            seed: "000", from: "with explicit", through: "Funding Window.",
            resolutions: ["2/10"], decisions: ["2023/6"],
            phrases: ["resolution 2/10", "decision 2023/6 of the Executive Board"]),
        SeedFragment(
            seed: "000", from: "Disclaimer: \"The", through: "2020-2023\", follo",
            resolutions: ["1/1"], phrases: ["resolution 1/1"]),
        SeedFragment(
            seed: "000", from: "(HSP/EB.2024/4) has", through: "and HSP/EB.2025/INF.9.",
            documents: ["HSP/EB.2024/4", "HSP/EB.2024/17", "HSP/EB.2025/INF/9"],
            phrases: ["HSP/EB.2024/4", "HSP/EB.2024/17", "HSP/EB.2025/INF.9"]),
        SeedFragment(
            seed: "000", from: "In response", through: "monitoring tool",
            resolutions: ["1/2"], phrases: ["resolution 1 /2"]),
        SeedFragment(
            seed: "000", from: "Safer Cities 2023-24\".", through: "Monitor (USM)",
            paragraphs: ["3"], phrases: ["OP3"]),
        SeedFragment(
            seed: "000", from: "is to be launched", through: "April 2025",
            paragraphs: ["2", "5"], phrases: ["OP2, OP5"]),
        SeedFragment(
            seed: "000", from: "In order", through: "operational paragraphs.",
            resolutions: ["1/4"], phrases: ["resolution 1/ 4"]),
        SeedFragment(
            seed: "000", from: "at University", through: "4, 5)",
            paragraphs: ["1", "3", "4", "5"], phrases: ["OP1, 3, 4, 5"]),
        SeedFragment(
            seed: "000", from: "as well as the UNCCD", through: "(OP3, 4)",
            paragraphs: ["3", "4"], phrases: ["OP3, 4"]),
        SeedFragment(
            seed: "000", from: "Disclaimer: \"As", through: "available resources",
            resolutions: ["1/3"], phrases: ["Resolution 1/3"]),
        // 001
        SeedFragment(
            seed: "001", from: "15. Pursuant", through: "the drafting",
            resolutions: ["2/1"], paragraphs: ["3 of 2/1"], phrases: ["paragraph 3 of resolution 2/1"]),
        SeedFragment(
            seed: "001", from: "responding to", through: "the resolution.",
            resolutions: ["2/2"], paragraphs: ["8"], phrases: ["resolution 2/2", "paragraph 8"]),
        SeedFragment(
            seed: "001", from: "as requested", through: "document HSP/EB.2024/INF/16.",
            resolutions: ["2/4"], documents: ["HSP/EB.2024/INF/16"], paragraphs: ["2 of 2/4"],
            phrases: ["paragraph 2 of resolution 2/4", "resolution 2/4", "HSP/EB.2024/INF/16"]),
        SeedFragment(
            seed: "001", from: "35. In", through: "is partnering",
            resolutions: ["2/6"], paragraphs: ["2 (a)"], phrases: ["resolution 2/6", "paragraph 2 (a)"]),
        SeedFragment(
            seed: "001", from: "36. Pursuant", through: "monitoring framework",
            paragraphs: ["4 (a)"], phrases: ["paragraph 4 (a)"]),
        SeedFragment(
            seed: "001", from: "38. The", through: "of 2024,",
            resolutions: ["2/7"], paragraphs: ["2"], phrases: ["resolution 2/7", "paragraph 2"]),
        SeedFragment(
            seed: "001", from: "to be held from", through: "document HSP/EB.2024/17.)",
            documents: ["HSP/EB.2024/17"], phrases: ["HSP/EB.2024/17"]),
        SeedFragment(
            seed: "001", from: "43. Pursuant", through: "Member States",
            paragraphs: ["6"], phrases: ["paragraph 6"]),
        SeedFragment(
            seed: "001", from: "46. Pursuant", through: "work towards",
            resolutions: ["2/9"], paragraphs: ["1 of 2/9"], phrases: ["paragraph 1 of resolution 2/9"]),
        SeedFragment(
            seed: "001", from: "endorsed by the Executive", through: "of 2023.",
            decisions: ["2023/6"], phrases: ["decision 2023/6"]),
        SeedFragment(
            seed: "001", from: "³ HSP/EB.2023/23.",
            documents: ["HSP/EB.2023/23"], phrases: ["HSP/EB.2023/23"]),
        SeedFragment(
            seed: "001", from: "* HSP/EB.2024/14.",
            documents: ["HSP/EB.2024/14"], phrases: ["HSP/EB.2024/14"]),
        // 002
        SeedFragment(
            seed: "002", from: "and five", through: "approved the \n",
            resolutions: ["1/1"], decisions: ["1/1", "1/2"],
            phrases: ["decisions 1/1 and 1/2", "resolution 1/1"]),
        SeedFragment(
            seed: "002", from: "strategic plan is", through: "an overview \n",
            documents: ["HSP/OECPR.2021/2"], phrases: ["HSP/OECPR.2021/2"]),
        SeedFragment(
            seed: "002", from: "(e) Decision", through: "governance structure \n",
            decisions: ["1/3"], phrases: ["Decision 1/3"]),
        SeedFragment(
            seed: "002", from: "in-country activities,", through: "Board (HSP/EB.2020/13/Add.2). \n",
            documents: ["HSP/EB.2020/13/Add.2"], phrases: ["HSP/EB.2020/13/Add.2"]),
        SeedFragment(
            seed: "002", from: "on procedural", through: "its work",
            decisions: ["2020/6"], phrases: ["decision \n2020/6"]),
        SeedFragment(seed: "002", from: "the organization", through: "to discuss \n"),
        // 004
        SeedFragment(
            seed: "004", from: "- a.", through: "Resolution 2/1.",
            resolutions: ["2/1"], phrases: ["Resolution 2/1"]),
        SeedFragment(
            seed: "004", from: "in line with resolution", through: "Executive Board.",
            resolutions: ["2/7"], decisions: ["2024/3"],
            phrases: ["resolution 2/7 of the UN-Habitat Assembly", "Decision 2024/3 of the Executive Board"]),
        SeedFragment(
            seed: "004", from: "including resolutions", through: "and [2/7](#).",
            resolutions: ["2/1", "2/5", "2/7"], phrases: ["resolutions [2/1](#), [2/5](#) and [2/7](#)"]),
        SeedFragment(seed: "004", from: "The full", through: "accessed [here](#)."),
        SeedFragment(
            seed: "004", from: "in line with operative", through: "the resolution.",
            paragraphs: ["4", "5"], phrases: ["operative paragraph four and five"]),
        SeedFragment(
            seed: "004", from: "Resolution 2/1-", through: "smart cities",
            resolutions: ["2/1"], phrases: ["Resolution 2/1"]),
        SeedFragment(
            seed: "004", from: "Resolution 2/5:", through: "change resilience",
            resolutions: ["2/5"], phrases: ["Resolution 2/5"]),
        SeedFragment(
            seed: "004", from: "Resolution 2/2", through: "by 2030",
            resolutions: ["2/2"], phrases: ["Resolution 2/2"]),
    ]

    @Test(.enabled(if: Seeds.available, "../shared/seeds is missing"), arguments: seedPhrasings)
    func findsEveryReferenceInSeedPhrasings(_ example: SeedFragment) throws {
        let text = try example.fragment(of: Seeds.text(example.seed))
        let found = ReferenceScanner.scan(text).asScanCase
        #expect(found.resolutions == example.resolutions)
        #expect(found.decisions == example.decisions)
        #expect(found.documents == example.documents)
        #expect(found.paragraphs == example.paragraphs)
        #expect(found.phrases == example.phrases)
    }

    /// The forms named in the secretariat's list of ways people cite things.
    static let citationForms: [ScanCase] = [
        ScanCase(text: "res. 2/1", resolutions: ["2/1"], phrases: ["res. 2/1"]),
        ScanCase(text: "Res 2/1", resolutions: ["2/1"], phrases: ["Res 2/1"]),
        ScanCase(text: "RESOLUTION 2/7", resolutions: ["2/7"], phrases: ["RESOLUTION 2/7"]),
        ScanCase(text: "adopted as HSP/HA.2/RES.7.", resolutions: ["2/7"], phrases: ["HSP/HA.2/RES.7"]),
        ScanCase(text: "resolutions 2/1, 2/5 and 2/7", resolutions: ["2/1", "2/5", "2/7"]),
        ScanCase(text: "resolutions 1/1 to 1/5", resolutions: ["1/1", "1/5"]),
        ScanCase(text: "dec. 2024/3", decisions: ["2024/3"]),
        ScanCase(
            text: "Executive Board decision 2024/3", decisions: ["2024/3"], phrases: ["Executive Board decision 2024/3"]
        ),
        ScanCase(text: "OP 8", paragraphs: ["8"]),
        ScanCase(text: "operative paragraph 4", paragraphs: ["4"]),
        ScanCase(text: "operative paragraphs 4 and 5", paragraphs: ["4", "5"]),
        ScanCase(text: "paragraph 8 of resolution 2/2", resolutions: ["2/2"], paragraphs: ["8 of 2/2"]),
        ScanCase(
            text: "paragraphs 2 and 3 of resolution 2/9", resolutions: ["2/9"], paragraphs: ["2 of 2/9", "3 of 2/9"]),
        ScanCase(text: "paragraph 4 of HSP/HA.2/RES.1", resolutions: ["2/1"], paragraphs: ["4 of 2/1"]),
        ScanCase(text: "paragraph 2 (a) and (b)", paragraphs: ["2 (a)", "2 (b)"]),
        ScanCase(text: "OP3 of the UN-Habitat Assembly resolution 2/3", resolutions: ["2/3"], paragraphs: ["3 of 2/3"]),
        ScanCase(text: "paragraph 2 of resolutions 2/1 and 2/5", resolutions: ["2/1", "2/5"], paragraphs: ["2"]),
        ScanCase(text: "paragraph twenty-one", paragraphs: ["21"]),
        ScanCase(text: "the text of HSP/EB.2024/14/Add.1*", documents: ["HSP/EB.2024/14/Add.1*"]),
        ScanCase(
            text: "in A/RES/78/1; E/2024/5 and UNEP/EA.6/2", documents: ["A/RES/78/1", "E/2024/5", "UNEP/EA.6/2"]),
        ScanCase(text: "(HSP/EB.2024/14,HSP/EB.2024/15)", documents: ["HSP/EB.2024/14", "HSP/EB.2024/15"]),
        ScanCase(text: "[HSP/EB.2024/4](https://undocs.org/HSP/EB.2024/4)", documents: ["HSP/EB.2024/4"]),
        ScanCase(
            text: "OP3 and 4 of resolution 2/2", resolutions: ["2/2"], paragraphs: ["3 of 2/2", "4 of 2/2"],
            phrases: ["OP3 and 4 of resolution 2/2"]),
        ScanCase(text: "paragraph 2 of decision 2024/3", decisions: ["2024/3"], phrases: ["decision 2024/3"]),
        ScanCase(
            text: "decision 2024/3 of the Assembly resolution 2/7", resolutions: ["2/7"], decisions: ["2024/3"],
            phrases: ["decision 2024/3 of the Assembly", "resolution 2/7"]),
    ]

    @Test(arguments: citationForms)
    func readsEachCitationForm(_ example: ScanCase) {
        let found = ReferenceScanner.scan(example.text).asScanCase
        #expect(found.resolutions == example.resolutions)
        #expect(found.decisions == example.decisions)
        #expect(found.documents == example.documents)
        #expect(found.paragraphs == example.paragraphs)
        if !example.phrases.isEmpty { #expect(found.phrases == example.phrases) }
    }

    @Test(arguments: [
        "24/7 service", "COP29", "NDC3.0", "WUF12", "2020–2023", "Q2 / Q3 2025", "10 areas of action",
        "the 2030 Agenda", "co-chairs", "16/10/2024", "1/3 of the budget", "a bare 2/7 with no word before it",
        "informed decision-making", "the resolution's operational paragraphs", "Dec 2024", "resolution 0/3",
        "see https://undocs.org/en/HSP/EB.2024/4 and www.unhabitat.org/HSP/EB/2024",
        "preambular paragraph 3", "paragraph 12 above", "paragraph 3.2 of the annex",
        "paragraph 5 of the present report", "General Assembly resolution 78/122", "UNGA resolution 77/1",
        "Security Council resolution 2334/2016", "the op-ed", "Tromsø, Norway", "March / April 2025",
    ])
    func ignoresTextThatOnlyLooksLikeAReference(text: String) {
        let found = ReferenceScanner.scan(text)
        #expect(found.isEmpty, "\(found.asScanCase)")
    }

    @Test(arguments: ["", "   ", "\n\t\u{00A0}\n"])
    func findsNothingInBlankText(text: String) {
        #expect(ReferenceScanner.scan(text) == DetectedReferences())
        #expect(ReferenceScanner.scan(text).isEmpty)
    }

    @Test func readsTheOfficersExampleInOrder() {
        let text = "inquired whether … in line with resolution 2/7 and decision 2024/3 (OP5, 6 and 7)"
        let found = ReferenceScanner.scan(text)
        #expect(found.resolutions == [ResolutionKey(session: 2, number: 7)])
        #expect(found.decisions == [DecisionKey(series: 2024, number: 3)])
        #expect(found.paragraphs == [5, 6, 7].map { OperativeParagraph(resolution: nil, paragraph: "\($0)") })
        #expect(found.phrases == ["resolution 2/7", "decision 2024/3", "OP5, 6 and 7"])
        #expect(!found.isEmpty)
    }

    @Test func toleratesCurlyQuotesNonBreakingSpacesAndLineBreaks() {
        let text = "the “resolution\u{00A0}2/7” and ‘decision\n2024/3’ and\u{202F}OP\u{00A0}4"
        let found = ReferenceScanner.scan(text).asScanCase
        #expect(found.resolutions == ["2/7"])
        #expect(found.decisions == ["2024/3"])
        #expect(found.paragraphs == ["4"])
        #expect(found.phrases == ["resolution\u{00A0}2/7", "decision\n2024/3", "OP\u{00A0}4"])
    }

    @Test func keepsEachReferenceOnceButEveryPhrase() {
        let found = ReferenceScanner.scan("resolution 2/7 (OP3); Resolution 2/7, OP3 again; HSP/HA.2/RES.7")
        #expect(found.resolutions == [ResolutionKey(session: 2, number: 7)])
        #expect(found.paragraphs == [OperativeParagraph(resolution: nil, paragraph: "3")])
        #expect(found.phrases == ["resolution 2/7", "OP3", "Resolution 2/7", "OP3", "HSP/HA.2/RES.7"])
    }

    @Test func doesNotGuessTheResolutionOfAnUnnamedParagraph() {
        let found = ReferenceScanner.scan("In response to resolution 2/6, and pursuant to paragraph 2 (a), UN-Habitat")
        #expect(found.paragraphs == [OperativeParagraph(resolution: nil, paragraph: "2 (a)")])
    }

    @Test func sendsGeneralAssemblySymbolsToDocumentsNotResolutions() {
        let found = ReferenceScanner.scan("UNGA Resolution A/78/122 and resolution 2/7")
        #expect(found.resolutions == [ResolutionKey(session: 2, number: 7)])
        #expect(found.documents.map(\.canonical) == ["A/78/122"])
    }

    @Test func operativeParagraphRoundTripsThroughJSON() throws {
        let paragraph = OperativeParagraph(resolution: ResolutionKey(session: 2, number: 2), paragraph: "2 (a)")
        let data = try JSONEncoder().encode(paragraph)
        #expect(try JSONDecoder().decode(OperativeParagraph.self, from: data) == paragraph)
    }
}
