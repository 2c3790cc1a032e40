import Foundation

/// A folder of real documents in ../shared (the seeds, the samples). Tests that read one
/// are enabled only when the folder is there, so a checkout without it shows them as
/// skipped, never as passed.
struct SharedDocuments: Sendable {
    let folder: URL

    /// `name`: "seeds" or "samples".
    init(_ name: String) {
        folder = packageRoot.deletingLastPathComponent().appending(path: "shared/\(name)")
    }

    var available: Bool {
        FileManager.default.fileExists(atPath: folder.path)
    }

    /// The text of the document whose file name starts with `prefix` ("004", "41").
    func text(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix + "_") }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder.appending(path: prefix).path])
        }
        return try String(contentsOf: folder.appending(path: name), encoding: .utf8)
    }
}
