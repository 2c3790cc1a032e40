import Foundation

/// Makes a PDF from a Word file with LibreOffice (`soffice --headless --convert-to pdf`),
/// in a folder of its own with a LibreOffice profile of its own, so that it works while
/// another LibreOffice runs and leaves nothing behind.
public struct PDFConverter: Sendable {
    /// The `soffice` program.
    public let soffice: URL
    /// How long a conversion may take before it is stopped.
    public var timeLimit: Duration = .seconds(180)

    /// How to get LibreOffice where it is missing.
    public static let installHint =
        "install LibreOffice (on Debian: apt-get install -y libreoffice-writer-nogui), or write the Word file instead"

    public init(soffice: URL) {
        self.soffice = soffice
    }

    /// The converter with the `soffice` found on `PATH`; a failure saying how to
    /// install LibreOffice when there is none.
    public static func onPath(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> PDFConverter
    {
        guard let soffice = find("soffice", path: environment["PATH"] ?? "") else {
            throw RapporteurError.failure(
                "writing PDF needs LibreOffice, and soffice is not on PATH; \(installHint)")
        }
        return PDFConverter(soffice: soffice)
    }

    /// The first executable file named `program` in the folders of `path` (a PATH value).
    public static func find(_ program: String, path: String) -> URL? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appending(path: program)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }

    /// The PDF of the Word file `docx`. A conversion that fails, or makes no PDF, is a
    /// failure quoting what soffice said.
    public func pdf(fromDocx docx: Data) throws -> Data {
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory.appending(path: "rapporteur-pdf-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: folder) }
        let input = folder.appending(path: "document.docx")
        let log = folder.appending(path: "soffice.log")
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            try docx.write(to: input)
            _ = fileManager.createFile(atPath: log.path, contents: nil)
        } catch {
            throw RapporteurError.failure(
                "cannot prepare the PDF conversion in \(folder.path): \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = soffice
        process.arguments = [
            "-env:UserInstallation=\(folder.appending(path: "profile").absoluteString)", "--headless",
            "--convert-to", "pdf", "--outdir", folder.path, input.path,
        ]
        process.currentDirectoryURL = folder
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        // A file rather than a pipe: soffice cannot block on a full pipe while we wait.
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw RapporteurError.failure("cannot run \(soffice.path): \(error.localizedDescription)")
        }
        let deadline = ContinuousClock.now + timeLimit
        while process.isRunning, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let said = {
            (try? String(contentsOf: log, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        }
        if process.isRunning {
            stop(process)
            throw RapporteurError.failure(
                "LibreOffice did not convert the document to PDF within \(max(1, timeLimit.components.seconds)) "
                    + "seconds and was stopped; soffice said: \(said().isEmpty ? "nothing" : said())")
        }
        let pdf = folder.appending(path: "document.pdf")
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: pdf), !data.isEmpty else {
            throw RapporteurError.failure(
                "LibreOffice could not convert the document to PDF (soffice exited \(process.terminationStatus)); "
                    + "soffice said: \(said().isEmpty ? "nothing" : said())")
        }
        return data
    }

    /// Asks the process to end, and ends it when it does not within two seconds, with
    /// every process it started: Debian's soffice is a script that starts oosplash,
    /// which starts soffice.bin, and those would go on converting in a folder removed.
    private func stop(_ process: Process) {
        let started = Self.descendants(of: process.processIdentifier)
        process.terminate()
        started.forEach { kill($0, SIGTERM) }
        let grace = ContinuousClock.now + .seconds(2)
        while process.isRunning, ContinuousClock.now < grace { Thread.sleep(forTimeInterval: 0.05) }
        // Those started during the grace time too.
        for pid in Set(started + Self.descendants(of: process.processIdentifier)) { kill(pid, SIGKILL) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The processes `pid` started, and those they started, as Linux lists them
    /// (`/proc/PID/task/TID/children`); none where the system does not list them.
    static func descendants(of pid: Int32) -> [Int32] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        let children = tasks.flatMap { task -> [Int32] in
            let list = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
            return list.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        return children + children.flatMap(descendants)
    }
}
