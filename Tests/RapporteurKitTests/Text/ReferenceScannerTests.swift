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

struct ReferenceScannerTests {
    /// Sentences and fragments copied from the seed documents: 000 (resolution tracker),
    /// 001 (Executive Director's report), 002 (technical briefing), 004 (PBA meeting summary).
    static let seedPhrasings: [ScanCase] = [
        // 000
        ScanCase(text: "as mandated by UN-Habitat Assembly resolution 2/10 on equitable financing and effective "
                     + "monitoring of the implementation of resolutions adopted by the United Nations",
                 resolutions: ["2/10"], phrases: ["UN-Habitat Assembly resolution 2/10"]),
        ScanCase(text: "With resolution 2/1, UN-Habitat was entrusted with developing the International Guidelines on "
                     + "People-centred Smart Cities. In line with the resolution's operat",
                 resolutions: ["2/1"], phrases: ["resolution 2/1"]),
        ScanCase(text: "Resolution 2/10\n", resolutions: ["2/10"], phrases: ["Resolution 2/10"]),
        ScanCase(text: "a Regional Adviosory Group has been constituted to work with UN-Habitat, as the technical lead. (OP3 and 4)",
                 paragraphs: ["3", "4"], phrases: ["OP3 and 4"]),
        ScanCase(text: "particularly in humanitarian contexts. (OP5, 6 and 7)",
                 paragraphs: ["5", "6", "7"], phrases: ["OP5, 6 and 7"]),
        ScanCase(text: "The content of the Guidelines will align with priorities outlined under resolution 2/7 on adequate "
                     + "housing for all and build on the upcoming informal inter-sessional meetings (to be held on June 27th, 2025",
                 resolutions: ["2/7"], phrases: ["resolution 2/7"]),
        ScanCase(text: "UNGA Resolution A/78/122 approved the establishment of September 20 as World Cleanup Day (WCD)",
                 documents: ["A/78/122"], phrases: ["A/78/122"]),
        ScanCase(text: "Deadline for application was extended to 2 June 2025 and 29 August 2025, respectively (OP8).\u{00A0}",
                 paragraphs: ["8"], phrases: ["OP8"]),
        ScanCase(text: "and at WUF12 (November 2024), and an information document on this resolution was submitted to "
                     + "the Parties to the CBD. (OP1)",
                 paragraphs: ["1"], phrases: ["OP1"]),
        ScanCase(text: "the upcoming CBD COP17 in Armenia and WUF13 in Azerbaijan in 2026. (OP2).\u{00A0}",
                 paragraphs: ["2"], phrases: ["OP2"]),
        ScanCase(text: "and relevant interested line ministries. (OP4, 5)\u{00A0}", paragraphs: ["4", "5"], phrases: ["OP4, 5"]),
        ScanCase(text: "Pursuant to OP6, UN-Habitat is linking key elements of the New Urban Agenda",
                 paragraphs: ["6"], phrases: ["OP6"]),
        ScanCase(text: "(January 2025). (OP7) For details, see document HSP/EB.2024/INF/16.",
                 documents: ["HSP/EB.2024/INF/16"], paragraphs: ["7"], phrases: ["OP7", "HSP/EB.2024/INF/16"]),
        ScanCase(text: "particularly for the COP30 Ministerial Meeting on Urbanization and Climate Change, NDC3.0 "
                     + "enhancement and for SURGe regional hubs. (OP3)",
                 paragraphs: ["3"], phrases: ["OP3"]),
        ScanCase(text: "Pursuant to resolution 2/8, Our City Plans platform has expanded its tools",
                 resolutions: ["2/8"], phrases: ["resolution 2/8"]),
        ScanCase(text: "finance and economy and sustainable infrastructure planning (OP1,2)",
                 paragraphs: ["1", "2"], phrases: ["OP1,2"]),
        ScanCase(text: "and its terms of reference were endorsed by the Executive Board in its decision 2023/6. (OP3, 4)",
                 decisions: ["2023/6"], paragraphs: ["3", "4"], phrases: ["decision 2023/6", "OP3, 4"]),
        ScanCase(text: "with explicit reference to resolution 2/10, decision 2023/6 of the Executive Board, and to the "
                     + "terms of reference for the Funding Window.",
                 resolutions: ["2/10"], decisions: ["2023/6"],
                 phrases: ["resolution 2/10", "decision 2023/6 of the Executive Board"]),
        ScanCase(text: "Disclaimer: \"The implementation of resolution 1/1, \"United Nations Human Settlements Programme "
                     + "strategic plan for the period 2020-2023\", follo",
                 resolutions: ["1/1"], phrases: ["resolution 1/1"]),
        ScanCase(text: "(HSP/EB.2024/4) has been completed. Progress on the implementation of the 2020-2025 strategic plan "
                     + "is detailed in HSP/EB.2024/17 and HSP/EB.2025/INF.9.",
                 documents: ["HSP/EB.2024/4", "HSP/EB.2024/17", "HSP/EB.2025/INF/9"],
                 phrases: ["HSP/EB.2024/4", "HSP/EB.2024/17", "HSP/EB.2025/INF.9"]),
        ScanCase(text: "In response to resolution 1 /2, UN-Habitat co-developed an urban safety monitoring tool",
                 resolutions: ["1/2"], phrases: ["resolution 1 /2"]),
        ScanCase(text: "Safer Cities 2023-24\". (OP3)The Urban Safety Monitor (USM)", paragraphs: ["3"], phrases: ["OP3"]),
        ScanCase(text: "is to be launched internally, in 2025 (OP2, OP5). Examples of UN-Habitat's gender equality impact "
                     + "were published in March / April 2025",
                 paragraphs: ["2", "5"], phrases: ["OP2, OP5"]),
        ScanCase(text: "In order to scale-up efforts and boost the implementation of resolution 1/ 4, additional funding "
                     + "would serve as essential support to amplify the impacts of the above operational paragraphs.",
                 resolutions: ["1/4"], phrases: ["resolution 1/ 4"]),
        ScanCase(text: "at University of Nairobi, Kenya. (OP1, 3, 4, 5)",
                 paragraphs: ["1", "3", "4", "5"], phrases: ["OP1, 3, 4, 5"]),
        ScanCase(text: "as well as the UNCCD 16th COP meeting in Riyadh in December. (OP3, 4)",
                 paragraphs: ["3", "4"], phrases: ["OP3, 4"]),
        ScanCase(text: "Disclaimer: \"As Resolution 1/3 was to be implemented within available resources",
                 resolutions: ["1/3"], phrases: ["Resolution 1/3"]),
        // 001
        ScanCase(text: "15. Pursuant to paragraph 3 of resolution 2/1, UN-Habitat advanced the drafting",
                 resolutions: ["2/1"], paragraphs: ["3 of 2/1"], phrases: ["paragraph 3 of resolution 2/1"]),
        ScanCase(text: "responding to the 10 key actions outlined in resolution 2/2. This is a first step to the "
                     + "multi-partnership guidelines requested in paragraph 8 of the resolution.",
                 resolutions: ["2/2"], paragraphs: ["8"], phrases: ["resolution 2/2", "paragraph 8"]),
        ScanCase(text: "as requested in paragraph 2 of resolution 2/4. For additional updates on the implementation of "
                     + "resolution 2/4, see document HSP/EB.2024/INF/16.",
                 resolutions: ["2/4"], documents: ["HSP/EB.2024/INF/16"], paragraphs: ["2 of 2/4"],
                 phrases: ["paragraph 2 of resolution 2/4", "resolution 2/4", "HSP/EB.2024/INF/16"]),
        ScanCase(text: "35. In response to resolution 2/6, UN-Habitat is currently supporting 22 countries in Sustainable "
                     + "Development Goal localization processes. Pursuant to paragraph 2 (a), UN-Habitat is partnering",
                 resolutions: ["2/6"], paragraphs: ["2 (a)"], phrases: ["resolution 2/6", "paragraph 2 (a)"]),
        ScanCase(text: "36. Pursuant to paragraph 4 (a), an additional 8 cities have applied the urban monitoring framework",
                 paragraphs: ["4 (a)"], phrases: ["paragraph 4 (a)"]),
        ScanCase(text: "38. The implementation of resolution 2/7 has significantly advanced. Pursuant to paragraph 2 of "
                     + "the resolution, the Executive Board, at its first session of 2024,",
                 resolutions: ["2/7"], paragraphs: ["2"], phrases: ["resolution 2/7", "paragraph 2"]),
        ScanCase(text: "to be held from 9 to 11 December 2024 in Nairobi. (Details are available in document HSP/EB.2024/17.)",
                 documents: ["HSP/EB.2024/17"], phrases: ["HSP/EB.2024/17"]),
        ScanCase(text: "43. Pursuant to paragraph 6, further consultations have been undertaken with Member States",
                 paragraphs: ["6"], phrases: ["paragraph 6"]),
        ScanCase(text: "46. Pursuant to paragraph 1 of resolution 2/9, UN-Habitat continues to work towards",
                 resolutions: ["2/9"], paragraphs: ["1 of 2/9"], phrases: ["paragraph 1 of resolution 2/9"]),
        ScanCase(text: "endorsed by the Executive Board in its decision 2023/6,³ adopted at its third session of 2023.",
                 decisions: ["2023/6"], phrases: ["decision 2023/6"]),
        ScanCase(text: "³ HSP/EB.2023/23.", documents: ["HSP/EB.2023/23"], phrases: ["HSP/EB.2023/23"]),
        ScanCase(text: "* HSP/EB.2024/14.", documents: ["HSP/EB.2024/14"], phrases: ["HSP/EB.2024/14"]),
        // 002
        ScanCase(text: "and five resolutions. In decisions 1/1 and 1/2, the Assembly adopted its rules of procedure and \n"
                     + "endorsed the rules of procedure of its Executive Board. In resolution 1/1, the Assembly approved the \n",
                 resolutions: ["1/1"], decisions: ["1/1", "1/2"], phrases: ["decisions 1/1 and 1/2", "resolution 1/1"]),
        ScanCase(text: "strategic plan is covered in document HSP/OECPR.2021/2. The present report provides an overview \n",
                 documents: ["HSP/OECPR.2021/2"], phrases: ["HSP/OECPR.2021/2"]),
        ScanCase(text: "(e) Decision 1/3 on arrangements for the transition towards the new governance structure \n",
                 decisions: ["1/3"], phrases: ["Decision 1/3"]),
        ScanCase(text: "in-country activities, was submitted to the Executive Board (HSP/EB.2020/13/Add.2). \n",
                 documents: ["HSP/EB.2020/13/Add.2"], phrases: ["HSP/EB.2020/13/Add.2"]),
        ScanCase(text: "on procedural matters. Five member states expressed concerns relating to paragraph 5 of decision \n"
                     + "2020/6, which recommended that the ad hoc working group resume its work",
                 decisions: ["2020/6"], phrases: ["decision \n2020/6"]),
        ScanCase(text: "the organization of an online meeting by the co-chairs of the ad hoc working group to discuss \n"),
        // 004
        ScanCase(text: "- a. the progress in the development of the international guidelines on people-centred smart "
                     + "cities in line with Resolution 2/1.",
                 resolutions: ["2/1"], phrases: ["Resolution 2/1"]),
        ScanCase(text: "in line with resolution 2/7 of the UN-Habitat Assembly and Decision 2024/3 of the Executive Board.",
                 resolutions: ["2/7"], decisions: ["2024/3"],
                 phrases: ["resolution 2/7 of the UN-Habitat Assembly", "Decision 2024/3 of the Executive Board"]),
        ScanCase(text: "including resolutions [2/1](#), [2/5](#) and [2/7](#).",
                 resolutions: ["2/1", "2/5", "2/7"], phrases: ["resolutions [2/1](#), [2/5](#) and [2/7](#)"]),
        ScanCase(text: "The full presentation can be accessed [here](#)."),
        ScanCase(text: "in line with operative paragraph four and five of the resolution.",
                 paragraphs: ["4", "5"], phrases: ["operative paragraph four and five"]),
        ScanCase(text: "Resolution 2/1- International guidelines on people-centred smart cities",
                 resolutions: ["2/1"], phrases: ["Resolution 2/1"]),
        ScanCase(text: "Resolution 2/5: Enhancing the interlinkage between urbanization and climate change resilience",
                 resolutions: ["2/5"], phrases: ["Resolution 2/5"]),
        ScanCase(text: "Resolution 2/2 – Accelerating the transformation of informal settlements and slums by 2030",
                 resolutions: ["2/2"], phrases: ["Resolution 2/2"]),
    ]

    @Test(arguments: seedPhrasings)
    func findsEveryReferenceInSeedPhrasings(_ example: ScanCase) {
        let found = ReferenceScanner.scan(example.text).asScanCase
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
        ScanCase(text: "Executive Board decision 2024/3", decisions: ["2024/3"], phrases: ["Executive Board decision 2024/3"]),
        ScanCase(text: "OP 8", paragraphs: ["8"]),
        ScanCase(text: "operative paragraph 4", paragraphs: ["4"]),
        ScanCase(text: "operative paragraphs 4 and 5", paragraphs: ["4", "5"]),
        ScanCase(text: "paragraph 8 of resolution 2/2", resolutions: ["2/2"], paragraphs: ["8 of 2/2"]),
        ScanCase(text: "paragraphs 2 and 3 of resolution 2/9", resolutions: ["2/9"], paragraphs: ["2 of 2/9", "3 of 2/9"]),
        ScanCase(text: "paragraph 4 of HSP/HA.2/RES.1", resolutions: ["2/1"], paragraphs: ["4 of 2/1"]),
        ScanCase(text: "paragraph 2 (a) and (b)", paragraphs: ["2 (a)", "2 (b)"]),
        ScanCase(text: "OP3 of the UN-Habitat Assembly resolution 2/3", resolutions: ["2/3"], paragraphs: ["3 of 2/3"]),
        ScanCase(text: "paragraph 2 of resolutions 2/1 and 2/5", resolutions: ["2/1", "2/5"], paragraphs: ["2"]),
        ScanCase(text: "paragraph twenty-one", paragraphs: ["21"]),
        ScanCase(text: "the text of HSP/EB.2024/14/Add.1*", documents: ["HSP/EB.2024/14/Add.1*"]),
        ScanCase(text: "in A/RES/78/1; E/2024/5 and UNEP/EA.6/2", documents: ["A/RES/78/1", "E/2024/5", "UNEP/EA.6/2"]),
        ScanCase(text: "(HSP/EB.2024/14,HSP/EB.2024/15)", documents: ["HSP/EB.2024/14", "HSP/EB.2024/15"]),
        ScanCase(text: "[HSP/EB.2024/4](https://undocs.org/HSP/EB.2024/4)", documents: ["HSP/EB.2024/4"]),
        ScanCase(text: "OP3 and 4 of resolution 2/2", resolutions: ["2/2"], paragraphs: ["3 of 2/2", "4 of 2/2"],
                 phrases: ["OP3 and 4 of resolution 2/2"]),
        ScanCase(text: "paragraph 2 of decision 2024/3", decisions: ["2024/3"], phrases: ["decision 2024/3"]),
        ScanCase(text: "decision 2024/3 of the Assembly resolution 2/7", resolutions: ["2/7"], decisions: ["2024/3"],
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
