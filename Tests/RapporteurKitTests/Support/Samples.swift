import Foundation

/// The sample documents in ../shared/samples, texts the seeds do not cover (some of them
/// end mid-sentence).
enum Samples {
    static let documents = SharedDocuments("samples")
    static var folder: URL { documents.folder }
    static var available: Bool { documents.available }

    /// The text of the sample whose file name starts with `prefix` ("41").
    static func text(_ prefix: String) throws -> String { try documents.text(prefix) }
}

extension Samples {
    /// The sample's text without its "source:", "kind:" and blank lines, as a user
    /// would import it.
    static func body(_ prefix: String) throws -> String {
        try text(prefix).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3)
            .joined(separator: "\n")
    }
}
