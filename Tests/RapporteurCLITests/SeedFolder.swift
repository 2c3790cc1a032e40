import Foundation

/// The real documents in ../shared/seeds; tests that read them are enabled only when
/// the folder is there, so that they show as skipped, never as passed, without it.
enum SeedFolder {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared/seeds")

    static var available: Bool { FileManager.default.fileExists(atPath: url.path) }

    /// The text of the seed whose file name starts with `prefix` ("004").
    static func text(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        guard let name = names.first(where: { $0.hasPrefix(prefix + "_") }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: url.appending(path: prefix).path])
        }
        return try String(contentsOf: url.appending(path: name), encoding: .utf8)
    }
}
