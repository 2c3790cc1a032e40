import Foundation
import Testing

@Suite struct AgendaCommandTests {
    /// PBA-56 with the agenda of seed 004, built with the commands of the foundation issue.
    private func pba56() throws -> CLI {
        let cli = try CLI.initialized()
        try cli.run(arguments: MeetingCommandTests.pba56)
        try cli.succeed("decision", "add", "EB", "2024/3")
        try cli.succeed("agenda", "standard", "PBA-56")
        #expect(
            try cli.succeed(
                "agenda", "add", "PBA-56", "Implementation of all resolutions adopted by the UN-Habitat Assembly",
                "--at", "2") == "2\n")
        #expect(
            try cli.succeed(
                "agenda", "add", "PBA-56", "Progress on the international guidelines on people-centred smart cities",
                "--under", "2", "--resolution", "2/1") == "2(a)\n")
        #expect(
            try cli.succeed(
                "agenda", "add", "PBA-56", "Preparations for the first session of OEWG-H",
                "--under", "2", "--resolution", "2/7", "--decision", "2024/3") == "2(b)\n")
        #expect(
            try cli.succeed(
                "agenda", "add", "PBA-56", "Operationalization of the SURGe initiative",
                "--under", "2", "--resolution", "2/5", "--decision", "2024/3") == "2(c)\n")
        return cli
    }

    private func titles(_ cli: CLI) throws -> [String] {
        func walk(_ items: [[String: Any]]) -> [String] {
            items.flatMap { item in
                ["\(item["label"]!) \(item["title"]!)"] + walk(item["children"] as? [[String: Any]] ?? [])
            }
        }
        return walk(try cli.json("agenda", "show", "PBA-56", "--json") as? [[String: Any]] ?? [])
    }

    @Test func agendaShowPrintsItemsSubItemsAndLinks() throws {
        let text = try pba56().succeed("agenda", "show", "PBA-56")
        #expect(
            text == """
                Ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board
                Fifty-sixth meeting
                Wednesday, 16 October 2024, 10:00 – 13:00 East Africa Time
                UNON Conference Room 4

                Provisional agenda

                1. Adoption of the provisional agenda.
                2. Implementation of all resolutions adopted by the UN-Habitat Assembly:
                    (a) Progress on the international guidelines on people-centred smart cities;
                        Resolution 2/1 (HSP/HA.2/RES.1)
                    (b) Preparations for the first session of OEWG-H;
                        Resolution 2/7 (HSP/HA.2/RES.7); decision 2024/3
                    (c) Operationalization of the SURGe initiative.
                        Resolution 2/5 (HSP/HA.2/RES.5); decision 2024/3
                3. Any other business.

                Documents for the meeting are due by Wednesday, 9 October 2024, seven days before it opens.

                """)
    }

    @Test func agendaShowWritesMarkdownAndHTMLDocuments() throws {
        let cli = try pba56()
        let markdown = try cli.succeed("agenda", "show", "PBA-56", "--format", "md")
        #expect(markdown.contains("# Provisional agenda\n"))
        #expect(markdown.contains("    - (b) Preparations for the first session of OEWG-H;\n"))
        let file = cli.folder.appending(path: "agenda.html").path
        let written = try cli.run("agenda", "show", "PBA-56", "--format", "html", "-o", file)
        #expect(written.stdout.isEmpty)
        #expect(written.stderr == "Wrote \(file)\n")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
            html.contains(
                "<p class=\"list depth-1\">(a) Progress on the international guidelines on people-centred smart cities;</p>"
            ))
    }

    @Test func agendaShowJSONIsATreeWithLabelsAndLinks() throws {
        let agenda = try pba56().json("agenda", "show", "PBA-56", "--json") as? [[String: Any]]
        #expect(agenda?.map { $0["label"] as? String } == ["1", "2", "3"])
        let subItems = agenda?[1]["children"] as? [[String: Any]]
        #expect(subItems?.map { $0["label"] as? String } == ["2(a)", "2(b)", "2(c)"])
        #expect(subItems?.map { $0["resolutions"] as? [String] } == [["2/1"], ["2/7"], ["2/5"]])
        #expect(subItems?[1]["decisions"] as? [String] == ["2024/3"])
        #expect(subItems?[0]["documents"] as? [String] == [])
    }

    @Test func moveAndRemoveRenumberTheSubItems() throws {
        let cli = try pba56()
        #expect(try cli.succeed("agenda", "move", "PBA-56", "2c", "--to", "2a") == "2(a)\n")
        #expect(
            try titles(cli).filter { $0.hasPrefix("2(") } == [
                "2(a) Operationalization of the SURGe initiative",
                "2(b) Progress on the international guidelines on people-centred smart cities",
                "2(c) Preparations for the first session of OEWG-H",
            ])
        let removal = try cli.run("agenda", "remove", "PBA-56", "2b")
        #expect(removal.status == 0)
        #expect(
            removal.stderr == "Removed 2(b) Progress on the international guidelines on people-centred smart cities\n")
        #expect(
            try titles(cli).filter { $0.hasPrefix("2(") } == [
                "2(a) Operationalization of the SURGe initiative",
                "2(b) Preparations for the first session of OEWG-H",
            ])
    }

    @Test func anUnknownItemLabelNamesTheMeetingsLabels() throws {
        let cli = try pba56()
        let before = try cli.dump()
        let result = try cli.run("agenda", "remove", "PBA-56", "2(d)")
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "error: agenda item 2(d) does not exist in PBA-56; its items are 1, 2, 2(a), 2(b), 2(c), 3\n")
        #expect(try cli.dump() == before)
    }

    @Test func anUnknownDecisionLeavesTheAgendaAsItWas() throws {
        let cli = try pba56()
        let before = try cli.dump()
        let result = try cli.run("agenda", "add", "PBA-56", "Budget", "--decision", "2025/1")
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "error: unknown decision 2025/1; record it first with `rapporteur decision add EB 2025/1"))
        #expect(try cli.dump() == before)
    }

    @Test func adoptionFreezesTheAgendaUntilAnAmendment() throws {
        let cli = try pba56()
        let adopted = try cli.run("agenda", "adopt", "PBA-56")
        #expect(adopted.status == 0)
        #expect(adopted.stderr == "The agenda of PBA-56 is adopted without any change.\n")
        #expect(try cli.succeed("agenda", "show", "PBA-56").contains("Agenda (adopted without any change)"))

        let before = try cli.dump()
        let refused = try cli.run("agenda", "remove", "PBA-56", "2b")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("repeat the command with --as-amended"))
        #expect(try cli.dump() == before)

        try cli.succeed("agenda", "remove", "PBA-56", "2b", "--as-amended")
        #expect(try cli.succeed("agenda", "show", "PBA-56").contains("Agenda (adopted as amended)"))
        let provisional = try cli.succeed("agenda", "show", "PBA-56", "--provisional")
        #expect(provisional.contains("Provisional agenda"))
        #expect(provisional.contains("(b) Preparations for the first session of OEWG-H;"))
        let meeting = try cli.json("meeting", "show", "PBA-56", "--json") as? [String: Any]
        #expect(meeting?["agendaStatus"] as? String == "adoptedAsAmended")
        #expect(meeting?["status"] as? String == "held")
    }
}
