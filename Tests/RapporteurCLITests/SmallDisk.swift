import Foundation

/// A 1 MiB tmpfs mounted in a folder, to fill up: a real full disk, which only a
/// superuser allowed to mount can make.
struct SmallDisk {
    let folder: URL

    /// Whether this machine lets the tests mount one (tried once, on a folder of its own).
    static let available: Bool = {
        guard geteuid() == 0, let probe = try? SmallDisk(in: FileManager.default.temporaryDirectory) else {
            return false
        }
        probe.unmount()
        return true
    }()

    init(in parent: URL) throws {
        folder = parent.appending(path: "small-disk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard Self.mount(["-t", "tmpfs", "-o", "size=1m", "tmpfs", folder.path]) else {
            throw CLI.Failure(description: "cannot mount a tmpfs on \(folder.path)")
        }
    }

    func unmount() {
        _ = Self.mount([folder.path], program: "/bin/umount")
        try? FileManager.default.removeItem(at: folder)
    }

    /// Fills the disk, then frees `room` bytes of it.
    func fill(leaving room: Int) throws {
        let filler = folder.appending(path: "filler")
        _ = FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        defer { try? handle.close() }
        let chunk = Data(repeating: 0, count: 4096)
        var written: UInt64 = 0
        while (try? handle.write(contentsOf: chunk)) != nil { written += UInt64(chunk.count) }
        try handle.truncate(atOffset: written > UInt64(room) ? written - UInt64(room) : 0)
    }

    func empty() throws {
        try FileManager.default.removeItem(at: folder.appending(path: "filler"))
    }

    private static func mount(_ arguments: [String], program: String = "/bin/mount") -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
