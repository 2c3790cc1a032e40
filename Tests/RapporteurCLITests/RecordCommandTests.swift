import Foundation
import Testing

@Suite struct RecordCommandTests {
    @Test func interventionAddPrintsTheInterventionAndItsAsks() throws {
        let cli = try CLI.withTwoMeetings()
        #expect(
            try cli.succeed(
                "intervention", "add", "PBA-56", "--item", "2", "--by", "Colombia", "--kind", "question",
                "--resolution", "1/2", "asked when the first phase had closed") == "I1 Q1\n")
        #expect(
            try cli.succeed(
                "intervention", "add", "PBA-56", "--item", "2a", "--by", "Member States", "--kind", "request",
                "--ask", "resend the note verbale", "--ask", "say where the consultations would be held",
                "asked for the note verbale again and where the consultations would be") == "I2 Q2 Q3\n")
        #expect(
            try cli.succeed(
                "intervention", "add", "PBA-56", "--item", "2", "--by", "France", "--named",
                "--kind", "announcement", "informed that France and Kenya would convene a meeting") == "I3\n")
        let list = try cli.json("intervention", "list", "PBA-56", "--item", "2a", "--json") as? [[String: Any]]
        #expect(list?.count == 1)
        #expect(list?[0]["id"] as? String == "I2")
        #expect(list?[0]["resolutions"] as? [String] == ["2/1"])
        #expect((list?[0]["asks"] as? [[String: Any]])?.map { $0["id"] as? String } == ["Q2", "Q3"])
    }

    @Test func aWarningNamesAnUnknownReferenceInTheText() throws {
        let cli = try CLI.withTwoMeetings()
        let result = try cli.run(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "comment",
            "recalled resolution 3/4")
        #expect(result.status == 0)
        #expect(result.stdout == "I1\n")
        #expect(result.stderr == "warning: resolution 3/4 in the text is not a known resolution; it is not linked\n")
    }

    @Test func aQuestionAnsweredAtTheBoardLeavesThePBAListAndShowsInTheHistory() throws {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Colombia", "--kind", "question",
            "--resolution", "1/2", "asked how many people had taken the course")
        #expect(
            try cli.succeed(
                "response", "add", "PBA-56", "--item", "2", "--answers", "Q1", "--partial",
                "explained that the course had been posted in June 2024") == "R1\n")
        let before = try cli.json("followup", "--body", "PBA", "--as-of", "2025-01-15", "--json") as? [String: Any]
        let asks = before?["asks"] as? [[String: Any]]
        #expect(asks?.map { $0["id"] as? String } == ["Q1"])
        #expect(asks?[0]["status"] as? String == "partiallyAnswered")
        #expect(asks?[0]["meeting"] as? String == "PBA-56")
        #expect(asks?[0]["item"] as? String == "2")
        #expect(asks?[0]["resolutions"] as? [String] == ["1/2"])
        #expect(asks?[0]["text"] as? String == "asked how many people had taken the course")

        try cli.succeed(
            "response", "add", "EB-2024-2", "--item", "1", "--answers", "Q1", "gave the number of participants")
        let after = try cli.json("followup", "--body", "PBA", "--as-of", "2025-01-15", "--json") as? [String: Any]
        #expect((after?["asks"] as? [[String: Any]])?.isEmpty == true)

        let history = try cli.json("history", "1/2", "--json") as? [String: Any]
        let meetings = history?["meetings"] as? [[String: Any]]
        #expect(meetings?.map { $0["meeting"] as? String } == ["PBA-56", "EB-2024-2"])
        let text = try cli.succeed("history", "1/2")
        #expect(text.contains("PBA-56: Fifty-sixth meeting, 16 October 2024"))
        #expect(text.contains("EB-2024-2: Second session of 2024, 4 December 2024"))
    }

    @Test func commitmentsAreDueOverdueAndDone() throws {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "question",
            "asked about the handbook")
        try cli.succeed(
            "response", "add", "PBA-56", "--item", "2", "--answers", "Q1", "confirmed that a draft would be shared")
        #expect(
            try cli.succeed(
                "action", "add", "PBA-56", "--from", "R1", "--due", "2024-12-31", "share the draft handbook") == "A1\n")
        #expect(
            try cli.succeed(
                "action", "add", "PBA-56", "--from", "R1", "--due-meeting", "EB-2024-2",
                "brief the Board on the handbook") == "A2\n")
        let list = try cli.json("followup", "--as-of", "2025-01-15", "--json") as? [String: Any]
        let commitments = list?["commitments"] as? [[String: Any]]
        #expect(commitments?.map { $0["due"] as? String } == ["2024-12-31", "by EB-2024-2"])
        #expect(commitments?.map { $0["overdue"] as? Bool } == [true, true])

        let check = try cli.run("followup", "--as-of", "2025-01-15", "--check")
        #expect(check.status == 2)
        #expect(
            check.stdout.contains(
                "    A1  due 31 December 2024, OVERDUE: the Secretariat (from R1)\n        share the draft handbook\n"))
        #expect(try cli.run("followup", "--as-of", "2024-11-01", "--check").status == 0)

        try cli.succeed("action", "done", "A2", "--at", "EB-2024-2", "--note", "briefing given under item 1")
        try cli.succeed("action", "done", "A1", "--on", "2024-12-20")
        #expect(try cli.run("followup", "--as-of", "2025-01-15", "--check").status == 0)
        let again = try cli.run("action", "done", "A1", "--on", "2024-12-21")
        #expect(again.status == 1)
        #expect(again.stderr == "error: A1 is already done\n")
    }

    /// Each bad input: its exit code, its message, and a database left as it was.
    @Test(arguments: [
        (
            ["intervention", "add", "PBA-57", "--item", "2", "--by", "Kenya", "--kind", "comment", "spoke"], Int32(64),
            "error: no meeting PBA-57 (did you mean PBA-56?)\n"
        ),
        (
            ["intervention", "add", "PBA-56", "--item", "5", "--by", "Kenya", "--kind", "comment", "spoke"], 64,
            "error: agenda item 5 does not exist in PBA-56; its items are 1, 2, 2(a), 3\n"
        ),
        (
            ["intervention", "add", "PBA-56", "--item", "2", "--by", "Kenia", "--kind", "comment", "spoke"], 64,
            "error: unknown speaker 'Kenia' (did you mean Kenya?); speakers are States, groups, \"Member States\", \"Chair\", \"Secretariat\", \"entity: …\" or \"stakeholder: …\"\n"
        ),
        (
            [
                "intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "comment", "--resolution",
                "2/11", "spoke",
            ], 64,
            "error: unknown resolution 2/11 (did you mean 2/1?); the known resolutions are 1/1–1/5, 2/1–2/10\n"
        ),
        (
            ["intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "comment", "  "], 64,
            "error: the intervention's text is empty; write what was said, in reported speech\n"
        ),
        (
            ["intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "remark", "spoke"], 64,
            "error: --kind must be one of question, request, comment, appreciation, announcement, pledge, statement, not 'remark'\n"
        ),
        (
            ["response", "add", "PBA-56", "--item", "2", "--answers", "I2", "thanked Kenya"], 64,
            "error: I2 is a comment; only questions and requests carry asks to answer\n"
        ),
        (
            ["response", "add", "PBA-56", "--item", "2", "--answers", "Q1", "answered again"], 1,
            "error: Q1 is already answered in full (by R1)\n"
        ),
        (
            ["response", "add", "PBA-56", "--item", "2", "--answers", "Q7", "answered"], 64,
            "error: no ask Q7; `rapporteur followup` lists the open ones\n"
        ),
        (
            ["action", "add", "PBA-56", "--from", "R1", "--due", "2024-10-01", "do it"], 64,
            "error: the due date 2024-10-01 is before PBA-56 (16 October 2024), where the commitment was made\n"
        ),
        (["action", "done", "A1", "--on", "2024-12-01"], 1, "error: A1 is already done\n"),
        (
            ["action", "add", "PBA-56", "--from", "Q1", "do it"], 64,
            "error: Q1 is an ask (Q…); this needs a response (R…) or an intervention (I…)\n"
        ),
    ])
    func badInputIsRefusedAndWritesNothing(arguments: [String], status: Int32, message: String) throws {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Colombia", "--kind", "question", "asked a thing")
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "comment", "noted a thing")
        try cli.succeed("response", "add", "PBA-56", "--item", "2", "--answers", "Q1", "answered it")
        try cli.succeed("action", "add", "PBA-56", "--from", "R1", "follow it up")
        try cli.succeed("action", "done", "A1", "--on", "2024-11-01")
        let before = try cli.dump()
        let result = try cli.run(arguments: arguments)
        #expect(result.status == status)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
        #expect(try cli.dump() == before)
    }

    @Test func removalIsExplicitAndReported() throws {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "request",
            "--ask", "one", "--ask", "two", "asked two things")
        try cli.succeed("response", "add", "PBA-56", "--item", "2", "--answers", "Q1", "answered the first")
        let removeResponse = try cli.run("response", "remove", "R1")
        #expect(removeResponse.stderr == "Removed R1 (answered the first…); Q1 no longer answered by it\n")
        let removeIntervention = try cli.run("intervention", "remove", "I1")
        #expect(removeIntervention.stderr == "Removed I1 (request: asked two things…) with its asks Q1, Q2\n")
        #expect(try cli.json("intervention", "list", "PBA-56", "--json") as? [Any] != nil)
        #expect((try cli.json("intervention", "list", "PBA-56", "--json") as? [Any])?.isEmpty == true)
    }

    @Test func asksAreWithdrawnOrSupersededByHand() throws {
        let cli = try CLI.withTwoMeetings()
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "question", "asked a thing")
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "2", "--by", "Kenya", "--kind", "question", "asked it better")
        try cli.succeed("ask", "supersede", "Q1", "--by", "Q2")
        let list = try cli.json("followup", "--as-of", "2024-11-01", "--json") as? [String: Any]
        #expect((list?["asks"] as? [[String: Any]])?.map { $0["id"] as? String } == ["Q2"])
        try cli.succeed("ask", "withdraw", "Q2", "--note", "withdrawn at the meeting")
        let after = try cli.json("followup", "--as-of", "2024-11-01", "--json") as? [String: Any]
        #expect((after?["asks"] as? [[String: Any]])?.isEmpty == true)
    }
}

/// `import summary` of seed 004, then the follow-up list of what the meeting left open.
@Suite(.enabled(if: SeedFolder.available, "../shared/seeds is missing"))
struct SummaryImportCommandTests {
    @Test func theImportedMeetingListsTheAsksItLeftOpen() throws {
        let (cli, file) = try CLI.withSeed004()

        let dryRun = try cli.run("import", "summary", file.path, "--dry-run")
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("¶52 (line "))
        #expect(dryRun.stdout.contains("would be PBA-56: added"))
        #expect(try cli.run("meeting", "show", "PBA-56").status == 64)

        let imported = try cli.run("import", "summary", file.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        let list = try cli.json("followup", "--meeting", "PBA-56", "--as-of", "2025-01-15", "--json") as? [String: Any]
        let asks = list?["asks"] as? [[String: Any]] ?? []
        // The asks an officer's reading of the seed leaves unanswered (paragraphs 6, 12
        // and 14): no response speaks of them, so no link may close them.
        let texts = asks.compactMap { $0["text"] as? String }
        for phrase in ["future updates include challenges", "beneficiaries", "Capacity Building Help Desk"] {
            #expect(texts.contains { $0.contains(phrase) }, "\(phrase) is not listed open")
        }
        #expect(asks.allSatisfy { $0["meeting"] as? String == "PBA-56" })
        // Each proposal shows both ends with their published paragraphs.
        let inferred = try cli.succeed("link", "list", "PBA-56", "--inferred")
        #expect(inferred.contains("(proposed, confidence "))
        #expect(!inferred.contains("(inferred, confirmed"))
        #expect(
            inferred.contains(
                #/\n    Q\d+, paragraph \d+, item 2, [^\n]+\n    R\d+, paragraph \d+, item 2, Secretariat: /#))
        let proposals = try #require(try cli.json("link", "list", "PBA-56", "--inferred", "--json") as? [[String: Any]])
        #expect(!proposals.isEmpty)
        for proposal in proposals {
            let ask = proposal["ask"] as? [String: Any]
            let response = proposal["response"] as? [String: Any]
            #expect(proposal["state"] as? String == "proposed")
            #expect(ask?["paragraph"] is Int && response?["paragraph"] is Int)
            #expect((ask?["text"] as? String)?.isEmpty == false && (response?["text"] as? String)?.isEmpty == false)
        }
        let review = try cli.run("link", "review", "PBA-56")
        #expect(review.status == 64)
        #expect(review.stderr.contains("`rapporteur link list PBA-56 --inferred`"))

        let again = try cli.run("import", "summary", file.path)
        #expect(again.status == 1)
        #expect(
            again.stderr.contains("meeting PBA-56 is already recorded; --replace replaces its record with this summary")
        )
    }

    @Test func aDocumentThatIsNoSummaryIsRefusedWithItsFileAndLine() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "000.txt")
        try SeedFolder.text("000").write(to: file, atomically: true, encoding: .utf8)
        let result = try cli.run("import", "summary", file.path)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(file.path):"))
        #expect(result.stderr.contains(":1: error: the text is in no layout Rapporteur reads: pba-summary, which"))
        #expect(result.stderr.contains("; --layout can force one of them\n"))
    }
}

@Suite struct LinkCommandTests {
    @Test func linksAreAddedConfirmedAndRemoved() throws {
        let cli = try CLI.initialized()
        try cli.run(arguments: MeetingCommandTests.pba56)
        try cli.succeed("agenda", "standard", "PBA-56")
        try cli.succeed(
            "intervention", "add", "PBA-56", "--item", "1", "--by", "Kenya", "--kind", "question", "asked a thing")
        try cli.succeed("response", "add", "PBA-56", "--item", "1", "answered something")
        try cli.succeed("link", "add", "Q1", "R1", "--partial")
        #expect(
            try cli.succeed("link", "list", "PBA-56")
                == "R1 answers Q1 in part\n    Q1, item 1, Kenya: asked a thing\n    R1, item 1, Secretariat: answered something\n"
        )
        let confirm = try cli.run("link", "confirm", "Q1", "R1")
        #expect(confirm.status == 1)
        #expect(confirm.stderr == "error: the link from R1 to Q1 is already confirmed\n")
        try cli.succeed("link", "remove", "Q1", "R1")
        let list = try cli.json("followup", "--as-of", "2024-11-01", "--json") as? [String: Any]
        #expect((list?["asks"] as? [[String: Any]])?.first?["status"] as? String == "open")
        let missing = try cli.run("link", "remove", "Q1", "R1")
        #expect(missing.status == 64)
    }
}

@Suite struct TrackerCommandTests {
    @Test func theTrackerShowsTheTotalsAndTheCheckNamesTheSurpluses() throws {
        let cli = try CLI.initialized()
        let file = ExampleDataTests.examples.appending(path: "tracker-2025-06.txt").path
        #expect(
            try cli.succeed("import", "tracker", file, "--as-of", "2025-06-01")
                == "imported 15 resolutions as of 2025-06-01\n")
        let text = try cli.succeed("tracker")
        #expect(text.contains("Total: required $50,217K, mobilized $23,966K, gap $26,251K (52%)"))
        let json = try cli.json("tracker", "--json") as? [String: Any]
        let totals = json?["totals"] as? [String: Int]
        #expect(totals == ["required": 50_217, "mobilized": 23_966, "gap": 26_251, "gapPercent": 52])
        let check = try cli.run("tracker", "check")
        #expect(check.status == 2)
        #expect(
            check.stdout.contains(
                "resolution 2/6 (\(file), as of 2025-06-01): resources mobilized ($24,638K) exceed "
                    + "resources required ($10,202K) by $14,436K"))
        let csv = try cli.succeed("tracker", "--format", "csv")
        #expect(csv.hasSuffix("Total,,,50217,23966,23966,,26251,52\n"))
    }

    @Test func aBriefingsTablesAreImportedShownAndChecked() throws {
        let cli = try CLI.initialized()
        let file = ExampleDataTests.examples.appending(path: "briefing-2025-03.txt").path
        let before = try cli.dump()
        #expect(
            try cli.succeed("import", "briefing", file, "--dry-run")
                == "would import 4 budget rows and 1 roadmap (4 milestones)\n")
        #expect(try cli.dump() == before)
        let imported = try cli.run("import", "briefing", file)
        #expect(imported.status == 0)
        #expect(
            imported.stderr.contains(
                "\(file):43: warning: resolution 2/2, 2026: post 95.0 + non-post 45.0 = 140.0, "
                    + "but the total is shown as 145.0"))
        // The example's figures, added up by hand: 2/7 in 2026 (658.5 − 120.0 = 538.5, not 528.5)
        // and 2/2 in 2026 (95.0 + 45.0 = 140.0, not 145.0; 145.0 − 55.0 = 90.0, not 80.0).
        let check = try cli.run("tracker", "check")
        #expect(check.status == 2)
        let findings = check.stdout.split(separator: "\n").map(String.init)
        #expect(
            findings == [
                "resolution 2/2, 2026 (briefing-2025-03.txt, line 43, US$ thousands): post 95.0 + non-post 45.0 = 140.0, "
                    + "but the total is shown as 145.0 (a difference of 5.0)",
                "resolution 2/2, 2026 (briefing-2025-03.txt, line 45, US$ thousands): total 145.0 − existing resources "
                    + "55.0 = 90.0, but the total less existing resources is shown as 80.0 (a difference of 10.0)",
                "resolution 2/7, 2026 (briefing-2025-03.txt, line 21, US$ thousands): total 658.5 − existing resources "
                    + "120.0 = 538.5, but the total less existing resources is shown as 528.5 (a difference of 10.0)",
            ])
        let full = try cli.succeed("resolution", "show", "2/7", "--full")
        #expect(
            full.contains(
                "2025 (one-time), US$ thousands: post 312.4, non-post 205.6, total 518.0, existing 120.0, "
                    + "total less existing 398.0 [briefing-2025-03.txt]"))
        #expect(full.contains("Q2–Q3 2025: Inter-sessional consultations by regional group (Co-chairs) — Ongoing"))
        let json = try cli.json("resolution", "show", "2/7", "--full", "--json") as? [String: Any]
        let budget = json?["budget"] as? [[String: Any]]
        #expect(budget?.map { $0["totalLessExisting"] as? String } == ["398.0", "528.5"])
    }

    @Test func statusesAndUpdatesEnteredByHandAreKeptWithTheirDays() throws {
        let cli = try CLI.initialized()
        try cli.succeed("resolution", "status", "2/7", "under implementation", "--as-of", "2024-12-04")
        try cli.succeed("resolution", "status", "2/7", "implemented", "--as-of", "2025-09-01")
        let before = try cli.dump()
        let bad = try cli.run("resolution", "status", "2/7", "finished", "--as-of", "2025-09-01")
        #expect(bad.status == 64)
        #expect(
            bad.stderr.contains(
                "'finished' is no implementation status: use not-started, under-implementation or implemented"))
        let empty = try cli.run("resolution", "update", "2/7", " ", "--as-of", "2025-09-02")
        #expect(empty.status == 64)
        let zero = try cli.run("resolution", "update", "2/7", "Text.", "--as-of", "2025-09-02", "--paragraph", "0")
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--paragraph 0: paragraphs are numbered from 1"))
        #expect(try cli.dump() == before)
        try cli.succeed(
            "resolution", "update", "2/7", "The working group met again (OP3 and 4).", "--as-of", "2025-09-02",
            "--symbol", "HSP/EB.2025/5", "--paragraph", "12")
        let full = try cli.succeed("resolution", "show", "2/7", "--full")
        #expect(
            full.contains(
                "Status history:\n  2024-12-04 Under implementation [entered by hand]\n"
                    + "  2025-09-01 Implemented [entered by hand]\n"))
        #expect(
            full.contains("  2025-09-02 HSP/EB.2025/5, para. 12 (OP3, 4): The working group met again (OP3 and 4)."))
    }

    @Test func aBriefingWithoutTablesIsRefusedAndNothingIsWritten() throws {
        let cli = try CLI.initialized()
        let file = cli.folder.appending(path: "notes.txt")
        try "1. The Secretariat briefed the group on resolution 2/7.\n".write(
            to: file, atomically: true, encoding: .utf8)
        let before = try cli.dump()
        let result = try cli.run("import", "briefing", file.path)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(file.path):1: error: no programme budget implication table and no roadmap found"))
        #expect(try cli.dump() == before)
    }

    @Test func fundingIsSetAndBadFiguresAreRefused() throws {
        let cli = try CLI.initialized()
        let before = try cli.dump()
        let bad = try cli.run("funding", "set", "2/7", "--required", "-5", "--mobilized", "1", "--as-of", "2025-03-01")
        #expect(bad.status == 64)
        #expect(try cli.dump() == before)
        try cli.succeed("funding", "set", "2/7", "--required", "1200", "--mobilized", "300", "--as-of", "2025-03-01")
        #expect(try cli.succeed("tracker").contains("required $1,200K, mobilized $300K, gap $900K (75%)"))
        #expect(try cli.run("tracker", "check").status == 0)
    }
}

@Suite struct ResolutionFullTests {
    @Test func aResolutionShowsItsFundingUpdatesAndDiscussion() throws {
        let cli = try ExampleDataTests.demo()
        try cli.succeed(
            "import", "tracker", ExampleDataTests.examples.appending(path: "tracker-2025-06.txt").path,
            "--as-of", "2025-06-01")
        let text = try cli.succeed("resolution", "show", "2/7", "--full")
        #expect(
            text.contains(
                "Status: Under implementation; funding as of 1 June 2025: required $3,148K, mobilized $668K, gap $2,480K (78%)"
            ))
        #expect(text.contains("2025-06-01 tracker: The working group on adequate housing held its first session"))
        #expect(text.contains("Discussed at: PBA-56"))
        let json = try cli.json("resolution", "show", "2/7", "--full", "--json") as? [String: Any]
        #expect((json?["tracker"] as? [String: Any])?["gapPercent"] as? Int == 78)
        let open = (json?["followUp"] as? [String: Any])?["asks"] as? [[String: Any]]
        #expect(open?.allSatisfy { ($0["resolutions"] as? [String])?.contains("2/7") == true } == true)
    }
}
