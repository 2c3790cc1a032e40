/// A roadmap slide being read: its name, the steps listed so far as written, and the
/// headings they are listed under.
struct SlideRoadmap {
    struct Step {
        var text: String
        var line: Int
        var group: String?
        /// The paragraphs the heading of the step's list cites ("Platform (OP1)").
        var groupParagraphs: [String] = []
        /// False for a step whose group stands for its period ("Continuous: …").
        var readsPeriod = true
    }

    /// "Adequate Housing for All Platform" for "Implementation Roadmap: Adequate Housing
    /// for All Platform"; nil for a resolution's only roadmap.
    var name: String?
    /// The line of the slide's title.
    var line: Int
    var steps: [Step] = []
    /// The heading the steps below it are listed under: "Year 1 (ongoing or using
    /// confirmed resources)", "Phase 1 (2023-2025)".
    var group: String?
    /// A bullet that heads an indented list ("Platform (OP1)"), and the paragraphs it cites.
    var listHeading: (text: String, paragraphs: [String])?
}
