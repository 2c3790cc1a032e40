import ArgumentParser
import Foundation
import RapporteurKit

/// Options of every command that writes a document, `Formats` the formats it writes
/// (`DocumentFormats`, or `TableFormats` for the tracker): the format (one template a
/// format), JSON for machines, an output file whose extension also names the format,
/// and a folder of templates that override the built-in ones. A format the command does
/// not write is refused as the command line is read (`FormatName`); `validate()` then
/// refuses, before anything is read, a `--format` the extension contradicts, an extension
/// no format has and a folder that does not exist, and docx or pdf for a terminal, since
/// those are files of bytes (without `-o` they go to a pipe or a redirected file).
struct DocumentOptions<Formats: OutputFormats>: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Output format (text is txt); default: from -o's extension, else txt.",
            valueName: "format"))
    var format: FormatName<Formats>?
    @Flag(help: "Shorthand for --format json.") var json = false
    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
        completion: .file())
    var output: String?
    @Option(
        help: ArgumentHelp("A folder of templates to use over the built-in ones.", valueName: "dir"),
        completion: .directory)
    var templates: String?
    @Option(
        name: .customLong("reference-docx"),
        help: ArgumentHelp("A Word file whose styles docx and pdf output take.", valueName: "file"),
        completion: .file())
    var referenceDocx: String?

    func validate() throws {
        let chosen = try OutputFormat.chosen(format: format, json: json, output: output)
        // Bytes of a Word file or a PDF would garble a terminal; a pipe or a file takes them.
        if chosen.isPaged, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError(
                "--format \(chosen.rawValue): \(chosen == .pdf ? "a PDF" : "a Word file") is not for the terminal; "
                    + "give -o FILE.\(chosen.rawValue), or redirect standard output to a file")
        }
    }

    /// The format asked for; `validate()` has refused any other.
    var chosen: OutputFormat {
        (try? OutputFormat.chosen(format: format, json: json, output: output)) ?? .txt
    }

    var isJSON: Bool { chosen == .json }

    /// The template set of the chosen format (txt for the formats written without one).
    var documentFormat: DocumentFormat { chosen.template ?? .txt }

    /// Renders `view` with the template for `document` in the chosen format.
    func render(_ view: Any, document: String) throws -> String {
        let library = try TemplateLibrary(overrides: TemplateLibrary.overrideFolder(flag: templates))
        return try library.render(view, with: documentFormat.template(document))
    }

    /// Prints, or writes the file in one go (a half-written document is never left behind).
    func emit(_ text: String) throws {
        guard let output else { return Console.print(text) }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw RapporteurError.failure("cannot write \(output): \(error.localizedDescription)")
        }
        Console.note("Wrote \(output)")
    }

    /// `emit` for text that is already UTF-8 bytes: printed as they are, without
    /// checking them again as a String would (long lists); a file is written
    /// through `emit` so that it is written exactly as before.
    func emit(utf8 bytes: [UInt8]) throws {
        guard output == nil else { return try emit(String(decoding: bytes, as: UTF8.self)) }
        Console.print(utf8: bytes)
    }

    /// For docx and pdf, the writer of the page document, with LibreOffice (for pdf) and
    /// the reference document chosen (`--reference-docx`, …) found already; nil for the
    /// other formats.
    func pageWriter() throws -> PageWriter? {
        guard chosen.isPaged else { return nil }
        let converter = chosen == .pdf ? try PDFConverter.onPath() : nil
        let reference = try ReferenceDocument.chosen(
            flag: referenceDocx, templatesFolder: TemplateLibrary.overrideFolder(flag: templates))
        return PageWriter(output: output, reference: reference, converter: converter)
    }

    /// Writes `page` as the chosen page format (docx, or pdf made from it).
    func emit(page: PageDocument) throws {
        try pageWriter()?.write(page)
    }

    func emitJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try emit(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
