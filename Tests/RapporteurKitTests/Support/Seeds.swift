import Foundation

/// The real documents in ../shared/seeds.
enum Seeds {
    static let documents = SharedDocuments("seeds")
    static var folder: URL { documents.folder }
    static var available: Bool { documents.available }

    /// The text of the seed whose file name starts with `prefix` ("004").
    static func text(_ prefix: String) throws -> String { try documents.text(prefix) }
}
