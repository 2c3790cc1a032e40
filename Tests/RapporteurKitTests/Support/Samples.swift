import Foundation

/// The sample documents in ../shared/samples, texts the seeds do not cover (some of them
/// end mid-sentence). Tests that read them are enabled only when the folder is there.
enum Samples {
    static let folder = packageRoot.deletingLastPathComponent().appending(path: "shared/samples")

    static var available: Bool {
        FileManager.default.fileExists(atPath: folder.path)
    }

    /// The text of the sample whose file name starts with `prefix` ("41").
    static func text(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix + "_") }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder.appending(path: prefix).path])
        }
        return try String(contentsOf: folder.appending(path: name), encoding: .utf8)
    }
}
