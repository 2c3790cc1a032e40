import Testing

@testable import RapporteurKit

/// The operative paragraphs a roadmap step cites in brackets, in the spellings the
/// secretariat's slides use.
@Suite struct BracketedParagraphsTests {
    @Test(
        arguments: [
            ("Set up a help desk (para 6)", "Set up a help desk", ["6"]),
            ("Review the data (para 3(c) and 3(d))", "Review the data", ["3 (c)", "3 (d)"]),
            ("Gather good practice (OP2 a and b)", "Gather good practice", ["2 (a)", "2 (b)"]),
            ("Begin the toolkit (OP2 d)", "Begin the toolkit", ["2 (d)"]),
            ("Hold a summit (OP1, OP3 and OP8)", "Hold a summit", ["1", "3", "8"]),
            ("Write value propositions. (OP1, OP3, and OP7).", "Write value propositions.", ["1", "3", "7"]),
            ("Open a pavilion (OP1 and OP 8)", "Open a pavilion", ["1", "8"]),
            ("Join the climate weeks (all OPs).", "Join the climate weeks.", ["all"]),
            ("A panel is set up (OP3) once funds come", "A panel is set up (OP3) once funds come", ["3"]),
            ("Training (OP3) and pilots (OP5) follow", "Training (OP3) and pilots (OP5) follow", ["3", "5"]),
            (
                "Small projects (max. 50 mil USD) (OP1, OP4, and OP6)", "Small projects (max. 50 mil USD)",
                ["1", "4", "6"]
            ),
            (
                "Labs in three towns (Kenya (Nakuru etc.). Interest welcome.",
                "Labs in three towns (Kenya (Nakuru etc.). Interest welcome.", []
            ),
            ("Design of the platform (phase 1)", "Design of the platform (phase 1)", []),
        ] as [(String, String, [String])])
    func citationsAreReadAndOneThatEndsTheStepIsTakenOff(text: String, rest: String, paragraphs: [String]) {
        let read = BracketedParagraphs.read(text)
        #expect(read.text == rest)
        #expect(read.paragraphs == paragraphs)
    }
}
