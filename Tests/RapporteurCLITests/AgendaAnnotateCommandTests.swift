import Foundation
import Testing

/// `agenda annotate` keeps what the annotated agenda says under an item, and
/// `agenda show --annotated` lays it out under the item in every format.
@Suite struct AgendaAnnotateCommandTests {
    private static let opening = "The working group will be invited to adopt the provisional agenda."
    private static let smartCities = "The Secretariat will report on the guidelines on people-centred smart cities."
    private static let note = "The working group may wish to take note of the report."

    /// PBA-56 with the standard items, item 2 and its sub-item 2(a).
    private func pba56() throws -> CLI {
        let cli = try CLI.initialized()
        try cli.run(arguments: MeetingCommandTests.pba56)
        try cli.succeed("agenda", "standard", "PBA-56")
        try cli.succeed("agenda", "add", "PBA-56", "Implementation of all resolutions", "--at", "2")
        try cli.succeed("agenda", "add", "PBA-56", "Smart cities", "--under", "2", "--resolution", "2/1")
        return cli
    }

    /// PBA-56 with item 1 annotated from an argument and 2(a) with two paragraphs from standard input.
    private func annotated() throws -> CLI {
        let cli = try pba56()
        #expect(try cli.succeed("agenda", "annotate", "PBA-56", "1", Self.opening) == "1\n")
        let piped = try cli.run(
            arguments: ["agenda", "annotate", "PBA-56", "2a", "-"],
            input: Data("\(Self.smartCities)\n\n\(Self.note)\n".utf8))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == "2(a)\n")
        #expect(piped.stderr == "Annotated 2(a) Smart cities with two paragraphs\n")
        return cli
    }

    @Test func annotationsAreShownUnderTheirItemsInText() throws {
        let text = try annotated().succeed("agenda", "show", "PBA-56", "--annotated")
        #expect(
            text == """
                Ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board
                Fifty-sixth meeting
                Wednesday, 16 October 2024, 10:00 – 13:00 East Africa Time
                UNON Conference Room 4

                Annotated provisional agenda

                1. Adoption of the provisional agenda.

                    \(Self.opening)

                2. Implementation of all resolutions:
                    (a) Smart cities.
                        Resolution 2/1 (HSP/HA.2/RES.1)

                        \(Self.smartCities)

                        \(Self.note)

                3. Any other business.

                Documents for the meeting are due by Wednesday, 9 October 2024, seven days before it opens.

                """)
    }

    @Test func withoutAnnotatedTheAgendaIsShownAsBefore() throws {
        let plain = try pba56()
        let annotated = try annotated()
        for format in ["txt", "md", "html"] {
            #expect(
                try annotated.succeed("agenda", "show", "PBA-56", "--format", format)
                    == plain.succeed("agenda", "show", "PBA-56", "--format", format))
        }
        #expect(
            try annotated.succeed("agenda", "show", "PBA-56", "--json")
                == plain.succeed("agenda", "show", "PBA-56", "--json"))
    }

    @Test func annotationsAreShownInMarkdownAndJSON() throws {
        let cli = try annotated()
        let markdown = try cli.succeed("agenda", "show", "PBA-56", "--annotated", "--format", "md")
        #expect(markdown.contains("# Annotated provisional agenda\n"))
        #expect(
            markdown.contains(
                """
                    - (a) Smart cities.
                      *Resolution 2/1 (HSP/HA.2/RES.1)*

                      \(Self.smartCities)

                      \(Self.note)

                - 3\\. Any other business.

                """), "\(markdown)")
        let json = try #require(try cli.json("agenda", "show", "PBA-56", "--annotated", "--json") as? [[String: Any]])
        #expect(json[0]["annotation"] as? String == Self.opening)
        let subItems = try #require(json[1]["children"] as? [[String: Any]])
        #expect(subItems[0]["annotation"] as? String == "\(Self.smartCities)\n\n\(Self.note)")
        #expect(json[2]["annotation"] == nil)
    }

    @Test func anEmptyTextOrRemoveTakesTheAnnotationAway() throws {
        let cli = try annotated()
        let removed = try cli.run("agenda", "annotate", "PBA-56", "1", "--remove")
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stderr == "Removed the annotation of 1 Adoption of the provisional agenda\n")
        try cli.succeed("agenda", "annotate", "PBA-56", "2a", "")
        let json = try #require(try cli.json("agenda", "show", "PBA-56", "--annotated", "--json") as? [[String: Any]])
        #expect(json[0]["annotation"] == nil)
        let subItems = try #require(json[1]["children"] as? [[String: Any]])
        #expect(subItems[0]["annotation"] == nil)
    }

    @Test func anUnknownItemIsRefusedAndNothingIsWritten() throws {
        let cli = try pba56()
        let before = try cli.dump()
        let refused = try cli.run("agenda", "annotate", "PBA-56", "7", Self.opening)
        #expect(refused.status == 64)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("7"), "\(refused.stderr)")
        #expect(try cli.dump() == before)
        let unknownMeeting = try cli.run("agenda", "annotate", "PBA-99", "1", Self.opening)
        #expect(unknownMeeting.status == 64, "\(unknownMeeting.stderr)")
        #expect(try cli.dump() == before)
        let both = try cli.run("agenda", "annotate", "PBA-56", "1", Self.opening, "--remove")
        #expect(both.status == 64, "\(both.stderr)")
        #expect(try cli.dump() == before)
    }
}
