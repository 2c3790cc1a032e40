import Foundation
import GRDB

/// Runs the built `rapporteur` binary on a database of its own in a temporary folder.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The binary SwiftPM built beside this test bundle (RAPPORTEUR_BIN overrides).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["RAPPORTEUR_BIN"] { return URL(fileURLWithPath: path) }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(
            path: "rapporteur")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        var root = URL(fileURLWithPath: #filePath)
        while root.path != "/" && !FileManager.default.fileExists(atPath: root.appending(path: "Package.swift").path) {
            root.deleteLastPathComponent()
        }
        return root.appending(path: ".build/debug/rapporteur")
    }()

    let folder: URL
    var database: String { folder.appending(path: "rapporteur.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "rapporteur-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A CLI whose database has the reference world loaded.
    static func initialized() throws -> CLI {
        let cli = try CLI()
        try cli.succeed("init")
        return cli
    }

    /// Runs `rapporteur ARGS` in this CLI's folder, with RAPPORTEUR_DB set to its database
    /// unless `useDatabase` is false, a minimal environment, and `input` (else nothing)
    /// on standard input.
    @discardableResult
    func run(
        arguments: [String], binary: URL = CLI.binary, environment extra: [String: String] = [:],
        useDatabase: Bool = true, input: Data? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = [
            "HOME": folder.path, "PATH": "/usr/bin:/bin", "RAPPORTEUR_USER": "tester",
            "XDG_CONFIG_HOME": folder.appending(path: "config").path,
        ]
        if useDatabase { environment["RAPPORTEUR_DB"] = database }
        environment.merge(extra) { $1 }
        process.environment = environment
        // Files rather than pipes: a full pipe could block the child while we wait for it.
        let outURL = folder.appending(path: "stdout-\(UUID().uuidString)")
        let errURL = folder.appending(path: "stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = out
        process.standardError = err
        if let input {
            let inURL = folder.appending(path: "stdin-\(UUID().uuidString)")
            try input.write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        let stdout = try Data(contentsOf: outURL)
        let stderr = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @discardableResult
    func run(_ arguments: String...) throws -> Result {
        try run(arguments: arguments)
    }

    /// Runs a command that must succeed, and returns its stdout.
    @discardableResult
    func succeed(_ arguments: String...) throws -> String {
        let result = try run(arguments: arguments)
        guard result.status == 0 else {
            throw Failure(
                description: "rapporteur \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    /// Runs a command that must succeed and parses its JSON output.
    func json(_ arguments: String...) throws -> Any {
        let result = try run(arguments: arguments)
        guard result.status == 0 else {
            throw Failure(
                description: "rapporteur \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// Every row of every table, to check that a failing command wrote nothing.
    func dump() throws -> String {
        let queue = try DatabaseQueue(path: database)
        return try queue.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return try tables.map { table in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                return "\(table)\n" + rows.map(\.description).sorted().joined(separator: "\n")
            }.joined(separator: "\n")
        }
    }
}
