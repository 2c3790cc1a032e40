import Foundation

extension CLI {
    /// The folder that holds Package.swift, found from this file's path.
    static let packageRoot: URL = {
        var root = URL(fileURLWithPath: #filePath)
        while root.path != "/" && !FileManager.default.fileExists(atPath: root.appending(path: "Package.swift").path) {
            root.deleteLastPathComponent()
        }
        return root
    }()
}
