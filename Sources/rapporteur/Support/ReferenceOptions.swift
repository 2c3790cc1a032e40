import ArgumentParser
import RapporteurKit

/// The references a record concerns, as repeatable flags. References found in the
/// text are linked as well; these add to them.
struct ReferenceOptions: ParsableArguments {
    @Option(name: .customLong("resolution"), help: "A resolution it concerns (2/7); repeatable.")
    var resolutions: [String] = []
    @Option(name: .customLong("decision"), help: "A decision it concerns (2024/3); repeatable.")
    var decisions: [String] = []
    @Option(name: .customLong("document"), help: "A document it concerns (HSP/EB.2024/14); repeatable.")
    var documents: [String] = []
    @Option(
        name: .customLong("paragraph"), help: "An operative paragraph: 3 (of the one resolution) or 2/7:3; repeatable.")
    var paragraphs: [String] = []

    var explicit: ExplicitReferences {
        ExplicitReferences(resolutions: resolutions, decisions: decisions, documents: documents, paragraphs: paragraphs)
    }
}
