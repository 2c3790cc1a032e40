import Foundation

/// A PDF's text as poppler's `pdftotext -layout` writes it: each page's lines as they
/// stand on the page, a form feed between pages. The secretariat's reports and summaries
/// come as PDF as often as Word; their text is what the importers read.
public enum PDFText {
    /// How to get the tool, said whenever it cannot be found.
    static let missingTool =
        "reading a PDF needs pdftotext: install it with `apt-get install -y poppler-utils`, or save the document as text"

    /// The text of the PDF at `file`. `searchPath` is where pdftotext is looked for (the
    /// PATH, then /usr/bin); a caller may pass its own folders.
    public static func text(ofFile file: String, searchPath: [String]? = nil) throws -> String {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw RapporteurError.invalid("cannot read \(file): it is missing or cannot be opened")
        }
        guard let tool = pdftotext(in: searchPath ?? defaultSearchPath()) else {
            throw RapporteurError.invalid("cannot read \(file): \(missingTool)")
        }
        let folder = FileManager.default.temporaryDirectory.appending(path: "pdftotext-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appending(path: "out")
        let err = folder.appending(path: "err")
        guard FileManager.default.createFile(atPath: out.path, contents: nil),
            FileManager.default.createFile(atPath: err.path, contents: nil),
            let outHandle = try? FileHandle(forWritingTo: out), let errHandle = try? FileHandle(forWritingTo: err)
        else { throw RapporteurError.failure("cannot read \(file): no temporary folder to run pdftotext in") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", file, "-"]
        // Files rather than pipes: a long document cannot block the tool while we wait.
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw RapporteurError.failure("cannot read \(file): \(tool) did not start (\(error))")
        }
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let said = ((try? String(contentsOf: err, encoding: .utf8)) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            throw RapporteurError.invalid(
                "cannot read \(file) as a PDF: pdftotext exited with status \(process.terminationStatus)"
                    + (said.isEmpty ? "" : ": \(said)"))
        }
        guard let data = FileManager.default.contents(atPath: out.path) else {
            throw RapporteurError.failure("cannot read \(file): the text pdftotext wrote is gone")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The folders of PATH, then /usr/bin.
    static func defaultSearchPath() -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map(String.init) + ["/usr/bin"]
    }

    /// The pdftotext in the first of `folders` that holds one.
    static func pdftotext(in folders: [String]) -> String? {
        folders.lazy.map { "\($0)/pdftotext" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
