import Testing

@testable import RapporteurKit

@Suite struct BodyDirectoryTests {
    /// The reference bodies are known by their names and by the shorter wordings that
    /// headings use, in any case.
    @Test(arguments: [
        ("ad hoc working group on programmatic, budgetary, and administrative matters of the Executive Board", "PBA"),
        ("Ad-hoc Working Group of the Executive Board", "PBA"),
        ("working group on programmatic matters", "PBA"),
        ("open-ended intergovernmental expert working group on adequate housing for all", "OEWG-H"),
        ("OEWG-H", "OEWG-H"),
        ("open-ended meeting of the Committee of Permanent Representatives", "OECPR"),
        ("Committee of Permanent Representatives to UN-Habitat", "CPR"),
        ("Executive Board of the United Nations Human Settlements Programme", "EB"),
        ("UN-Habitat Assembly", "HA"),
    ])
    func aReferenceBodyIsNamedByItsHeadingWordings(words: String, code: String) {
        #expect(BodyDirectory.reference.code(namedIn: words) == code)
    }

    @Test func wordsThatNameNoBodyNameNone() {
        #expect(BodyDirectory.reference.code(namedIn: "friends of the Chair") == nil)
    }

    /// "The working group of the Board" names the working group, whichever is written first.
    @Test func wordsNamingABodyAndTheOneItBelongsToNameTheOneThatBelongs() {
        #expect(BodyDirectory.reference.code(namedIn: "Executive Board's ad hoc working group") == "PBA")
        #expect(
            BodyDirectory.reference.code(
                namedIn:
                    "Committee of Permanent Representatives in its open-ended meeting of the Committee of Permanent Representatives"
            )
                == "OECPR")
    }

    @Test func theReferenceBodiesNumberAsTheirDataSays() {
        #expect(BodyDirectory.reference.identity(of: "PBA") == MeetingIdentity(code: "PBA", numbering: .number))
        #expect(BodyDirectory.reference.identity(of: "eb") == MeetingIdentity(code: "EB", numbering: .yearSession))
        #expect(BodyDirectory.reference.identity(of: "OECPR") == MeetingIdentity(code: "OECPR", numbering: .year))
        #expect(BodyDirectory.reference.identity(of: "GA") == nil)
    }

    /// A body the store holds besides the reference ones is named by its own name, even
    /// where that name starts with a wording of another body.
    @Test func aBodyAddedToTheStoreIsNamedByItsName() throws {
        let store = try referenceStore()
        try addBody(code: "EBB", name: "Executive Board bureau", numbering: .year, to: store)
        let directory = BodyDirectory(bodies: try store.bodies())
        #expect(directory.code(namedIn: "the Executive Board Bureau") == "EBB")
        #expect(directory.code(namedIn: "Executive Board of UN-Habitat") == "EB")
        #expect(directory.identity(of: "EBB") == MeetingIdentity(code: "EBB", numbering: .year))
    }

    /// A body renamed in the store is still known by the reference wordings for its code.
    @Test func aRenamedBodyKeepsItsReferenceWordings() throws {
        let store = try referenceStore()
        var change = BodySettingsChange()
        change.name = "Board of the Programme"
        try store.updateBody("EB", settings: change)
        let directory = BodyDirectory(bodies: try store.bodies())
        #expect(directory.code(namedIn: "Board of the Programme") == "EB")
        #expect(directory.code(namedIn: "Executive Board") == "EB")
    }

    /// The summary parser knows the bodies it is given, and no others.
    @Test func theSummaryParserKnowsTheBodiesItIsGiven() {
        let text = """
            Summary of the fourth meeting of the Committee on Urban Resilience

            1. The meeting was called to order at 10:00.
            """
        let directory = BodyDirectory([
            .init(
                identity: MeetingIdentity(code: "CUR", numbering: .number),
                names: ["Committee on Urban Resilience"])
        ])
        let known = SummaryParser.parse(text, bodies: directory)
        #expect(known.body == "CUR")
        #expect(known.number == 4)
        #expect(SummaryParser.parse(text).body == "")
        #expect(SummaryParser.parse(SummaryParserFixtures.anonymous, bodies: directory).body == "")
    }
}
