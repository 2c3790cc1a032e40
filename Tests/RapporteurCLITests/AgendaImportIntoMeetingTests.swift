import Foundation
import Testing

/// What `import agenda` takes into a meeting besides its items, and what it never
/// changes: the meeting's date, time and venue, an agenda already there, an adopted one.
/// The documents are in our own words.
@Suite struct AgendaImportIntoMeetingTests {
    private let invitation = """
        The ninth meeting of the working group will be held on 20 November 2024 in Conference Room 3, starting at 10 a.m. at the United Nations Office at Nairobi.
        Provisional agenda
        1. Opening of the meeting.
        2. Progress on the harbour guidelines in line with resolution 2/7 and decision 2024/3:
        (a) Regional consultations;
        (b) Peer review of document HSP/EB.2024/14.
        3. Closure of the meeting.
        """

    private func write(_ text: String, _ cli: CLI, _ name: String = "agenda.txt") throws -> String {
        let file = cli.folder.appending(path: name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    private func labelled(_ nodes: [[String: Any]]) -> [String: [String: Any]] {
        var all: [String: [String: Any]] = [:]
        for node in nodes {
            all[node["label"] as! String] = node
            all.merge(labelled(node["children"] as? [[String: Any]] ?? [])) { first, _ in first }
        }
        return all
    }

    @Test func theMeetingGetsTheVenueAndTimeItLackedAndEachItemWhatItCites() throws {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "57", "--date", "2024-11-20")
        try cli.succeed("decision", "add", "EB", "2024/3", "--title", "Adequate housing for all")
        let run = try cli.run("import", "agenda", try write(invitation, cli), "--meeting", "PBA-57")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "Filled PBA-57's start time 10:00, venue Conference Room 3, the United Nations Office at Nairobi from the document."
            ), "\(run.stderr)")
        let shown = try cli.succeed("meeting", "show", "PBA-57")
        #expect(shown.contains("20 November 2024, 10:00"), "\(shown)")
        #expect(shown.contains("\nConference Room 3, the United Nations Office at Nairobi\n"), "\(shown)")

        let agenda = labelled(try #require(try cli.json("agenda", "show", "PBA-57", "--json") as? [[String: Any]]))
        #expect(agenda["2"]?["resolutions"] as? [String] == ["2/7"])
        #expect(agenda["2"]?["decisions"] as? [String] == ["2024/3"])
        #expect(agenda["2(b)"]?["documents"] as? [String] == ["HSP/EB.2024/14"])
    }

    @Test func whatTheMeetingHasIsKeptAndADifferenceIsAWarningNamingBoth() throws {
        let cli = try CLI.initialized()
        try cli.succeed(
            "meeting", "new", "PBA", "--number", "57", "--date", "2024-11-21", "--start", "09:00", "--venue",
            "UNON Conference Room 1")
        let before = try cli.succeed("meeting", "show", "PBA-57")
        let file = try write(invitation, cli)
        let run = try cli.run("import", "agenda", file, "--meeting", "PBA-57")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "\(file):1: warning: the document gives the dates as 20 November 2024; PBA-57 has 21 November 2024, which are kept"
            ), "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "\(file):1: warning: the document gives the start time as 10:00; PBA-57 has 09:00, which is kept"))
        #expect(
            run.stderr.contains(
                "\(file):1: warning: the document gives the venue as \"Conference Room 3, the United Nations Office at Nairobi\"; PBA-57 has \"UNON Conference Room 1\", which is kept"
            ))
        // Resolution 2/7 is known; decision 2024/3 was never recorded: kept without the link.
        #expect(
            run.stderr.contains(
                "\(file):4: warning: item 2 names decision 2024/3, which is not known; it is not linked"))
        #expect(!run.stderr.contains("Filled"))
        let after = try cli.succeed("meeting", "show", "PBA-57")
        #expect(after.components(separatedBy: "\n").prefix(3) == before.components(separatedBy: "\n").prefix(3))
    }

    @Test func anAdoptedAgendaIsNeverChangedEvenWithReplace() throws {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "57", "--date", "2024-11-20")
        let file = try write(invitation, cli)
        try cli.succeed("import", "agenda", file, "--meeting", "PBA-57")
        try cli.succeed("agenda", "adopt", "PBA-57")
        let before = try cli.dump()
        let excerpt = try write("Provisional agenda (continued)\n2. Another title.\n3. Closure.\n", cli, "excerpt.txt")
        for (document, replace) in [(file, true), (file, false), (excerpt, false)] {
            let run = try cli.run(
                arguments: ["import", "agenda", document, "--meeting", "PBA-57"] + (replace ? ["--replace"] : []))
            #expect(run.status == 1)
            #expect(
                run.stderr
                    == "error: the agenda of PBA-57 has been adopted, and an import never changes an adopted agenda, even when --replace is given; a change made at the meeting is recorded item by item, --as-amended\n"
            )
        }
        #expect(try cli.dump() == before)
    }

    @Test func anExcerptFromALaterItemCompletesTheAgendaThere() throws {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "57", "--date", "2024-11-20")
        let excerpt = try write(
            """
            Annotations to the provisional agenda (continued)
            Item 2. Harbour guidelines
            4.  The group will hear a briefing on the second draft, under rule 12 of its rules of procedure.
            Item 3. Closing of the meeting
            5.  The Chair will close the meeting.
            Item 4. Dates of the next meeting
            6.  The group may set the dates of its next meeting.
            """, cli, "excerpt.txt")
        // No agenda yet: the excerpt does not hold item 1.
        let before = try cli.dump()
        let refused = try cli.run("import", "agenda", excerpt, "--meeting", "PBA-57")
        #expect(refused.status == 64)
        #expect(
            refused.stderr.contains(
                "\(excerpt) gives the agenda from item 2 on, so the items before it are not in it, and PBA-57 has no agenda yet"
            ),
            "\(refused.stderr)")
        #expect(try cli.dump() == before)

        try cli.succeed("import", "agenda", try write(invitation, cli), "--meeting", "PBA-57")
        let run = try cli.run("import", "agenda", excerpt, "--meeting", "PBA-57")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Added 3 items and 0 sub-items, read from line 2, to the agenda of PBA-57."))
        // Item 2's title differs: a warning, and the agenda's title is kept.
        #expect(
            run.stderr.contains(
                "\(excerpt):2: warning: item 2 is titled \"Harbour guidelines\" here and \"Progress on the harbour guidelines in line with resolution 2/7 and decision 2024/3\" on the agenda of PBA-57; the agenda's title is kept"
            ), "\(run.stderr)")
        let agenda = labelled(
            try #require(try cli.json("agenda", "show", "PBA-57", "--annotated", "--json") as? [[String: Any]]))
        #expect(
            agenda["2"]?["annotation"] as? String
                == "The group will hear a briefing on the second draft, under rule 12 of its rules of procedure.")
        #expect(agenda["3"]?["title"] as? String == "Closure of the meeting")
        // Item 4 comes next after the last item: it is added with its annotation.
        #expect(agenda["4"]?["title"] as? String == "Dates of the next meeting")
        #expect(agenda["4"]?["annotation"] as? String == "The group may set the dates of its next meeting.")
    }

    @Test func aPageOfDocumentsByItemAddsThemToTheAgendaItHas() throws {
        let cli = try CLI.initialized()
        try cli.succeed("meeting", "new", "PBA", "--number", "57", "--date", "2024-11-20")
        let page = try write(
            """
            Documents before the meeting
            Agenda item 1:
            HSP/EB.2024/11: Provisional agenda
            Agenda item 3:
            HSP/EB.2024/12 : Note on closing, citing General Assembly resolution 75/224
            """, cli, "page.txt")
        let before = try cli.dump()
        let refused = try cli.run("import", "agenda", page, "--meeting", "PBA-57")
        #expect(refused.status == 64)
        #expect(
            refused.stderr
                == "error: \(page) gives the documents of agenda items 1, 3 but not their titles, and PBA-57 has no agenda yet; import its agenda first, and this page then adds the documents to its items\n"
        )
        #expect(try cli.dump() == before)

        try cli.succeed("import", "agenda", try write(invitation, cli), "--meeting", "PBA-57")
        let run = try cli.run("import", "agenda", page, "--meeting", "PBA-57")
        #expect(run.status == 0, "\(run.stderr)")
        let agenda = labelled(try #require(try cli.json("agenda", "show", "PBA-57", "--json") as? [[String: Any]]))
        #expect(agenda["1"]?["documents"] as? [String] == ["HSP/EB.2024/11"])
        #expect(agenda["3"]?["documents"] as? [String] == ["A/RES/75/224", "HSP/EB.2024/12"])
        #expect(agenda["3"]?["title"] as? String == "Closure of the meeting")

        // An item the agenda does not have is refused, naming its line.
        let other = try write("Agenda item 7:\nHSP/EB.2024/19: Note\n", cli, "other.txt")
        let wrong = try cli.run("import", "agenda", other, "--meeting", "PBA-57")
        #expect(wrong.status == 1)
        #expect(
            wrong.stderr.contains(
                "\(other):1: error: item 7 is not on the agenda of PBA-57, whose items are 1, 2, 2(a), 2(b), 3"),
            "\(wrong.stderr)")
    }
}
