import ArgumentParser
import Foundation
import RapporteurKit

/// Options of the commands that write documents: the format (one template a format),
/// JSON for machines, an output file, and a folder of templates that override the
/// built-in ones.
struct DocumentOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case txt, text, md, html, json
    }

    @Option(help: "txt, md, html or json.") var format: Format = .txt
    @Flag(help: "Shorthand for --format json.") var json = false
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @Option(help: "A folder of templates that override the built-in ones.") var templates: String?

    var isJSON: Bool { json || format == .json }

    var documentFormat: DocumentFormat {
        switch format {
        case .md: return .md
        case .html: return .html
        case .txt, .text, .json: return .txt
        }
    }

    /// Renders `view` with the template for `document` in the chosen format.
    func render(_ view: Any, document: String) throws -> String {
        try Self.render(view, template: documentFormat.template(document), overrides: templates)
    }

    static func render(_ view: Any, template: String, overrides: String?) throws -> String {
        let library = try TemplateLibrary(overrides: TemplateLibrary.overrideFolder(flag: overrides))
        return try library.render(view, with: template)
    }

    func emit(_ text: String) throws {
        try Self.emit(text, to: output)
    }

    /// Prints, or writes the file in one go (a half-written document is never left behind).
    static func emit(_ text: String, to output: String?) throws {
        guard let output else { return Console.print(text) }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw RapporteurError.failure("cannot write \(output): \(error.localizedDescription)")
        }
        Console.note("Wrote \(output)")
    }

    /// `emit` for text that is already UTF-8 bytes: printed as they are, without
    /// checking them again as a String would (long lists, issue 8); a file is written
    /// through `emit` so that it is written exactly as before.
    func emit(utf8 bytes: [UInt8]) throws {
        guard output == nil else { return try emit(String(decoding: bytes, as: UTF8.self)) }
        Console.print(utf8: bytes)
    }

    func emitJSON<T: Encodable>(_ value: T) throws {
        try Self.emitJSON(value, to: output)
    }

    static func emitJSON<T: Encodable>(_ value: T, to output: String?) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try emit(String(decoding: try encoder.encode(value), as: UTF8.self), to: output)
    }
}
