import Foundation

/// The real documents in ../shared/seeds. Tests that read them are enabled only when the
/// folder is there, so a checkout without it shows them as skipped, never as passed.
enum Seeds {
    static let folder = packageRoot.deletingLastPathComponent().appending(path: "shared/seeds")

    static var available: Bool {
        FileManager.default.fileExists(atPath: folder.path)
    }

    /// The text of the seed whose file name starts with `prefix` ("004").
    static func text(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix + "_") }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder.appending(path: prefix).path])
        }
        return try String(contentsOf: folder.appending(path: name), encoding: .utf8)
    }
}
