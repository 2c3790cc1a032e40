import ArgumentParser
import Foundation
import RapporteurKit

/// The formats output is written in, each by one name on every command (`txt`, with
/// `text` accepted for it), and the file extensions that name them.
enum OutputFormat: String, CaseIterable, Sendable {
    case txt, md, html, json, csv, akn, docx, pdf

    init?(name: String) {
        switch name.lowercased() {
        case "txt", "text": self = .txt
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "json": self = .json
        case "csv": self = .csv
        case "akn", "xml": self = .akn
        case "docx": self = .docx
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// The template set a document is rendered with; JSON, CSV, Akoma Ntoso and the page
    /// formats are written directly.
    var template: DocumentFormat? {
        switch self {
        case .txt: return .txt
        case .md: return .md
        case .html: return .html
        case .json, .csv, .akn, .docx, .pdf: return nil
        }
    }

    /// Word and PDF: files of bytes, laid out on pages from the document's page view.
    var isPaged: Bool { self == .docx || self == .pdf }

    /// "txt, md, html and json".
    static func prose(_ formats: [OutputFormat]) -> String {
        let names = formats.map(\.rawValue)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// The format a command writes, from `--format` (one the command writes, see
    /// `FormatName`), `--json` and the extension of `-o`: the one they agree on, else txt.
    /// An extension no format of the command has and a `--format` that disagrees with the
    /// extension are errors.
    static func chosen<Formats>(format: FormatName<Formats>?, json: Bool, output: String?) throws -> OutputFormat {
        let formats = Formats.formats
        var typed = format.map { (words: "--format \($0.typed)", format: $0.format) }
        if json {
            if let typed, typed.format != .json {
                throw ValidationError("--json and \(typed.words) disagree; give one of them")
            }
            typed = ("--json", .json)
        }
        guard let output else { return typed?.format ?? .txt }
        try OutputFile.check(output)
        let suffix = (output as NSString).pathExtension
        guard !suffix.isEmpty else { return typed?.format ?? .txt }
        guard let named = OutputFormat(name: suffix), formats.contains(named) else {
            throw ValidationError("-o \(output): no format is written as .\(suffix); the formats are \(prose(formats))")
        }
        if let typed, typed.format != named {
            throw ValidationError(
                "\(typed.words) does not match -o \(output), which is \(named.rawValue); give one of them")
        }
        return named
    }
}

/// The formats a command writes, for its `--format` option.
protocol OutputFormats {
    static var formats: [OutputFormat] { get }
}

/// Lists and records: plain text or JSON.
enum ListFormats: OutputFormats {
    static let formats: [OutputFormat] = [.txt, .json]
}

/// Documents rendered from templates, their content as JSON, or on pages (Word, PDF).
enum DocumentFormats: OutputFormats {
    static let formats: [OutputFormat] = [.txt, .md, .html, .json, .docx, .pdf]
}

/// The meeting summary: the documents' formats and Akoma Ntoso XML.
enum SummaryFormats: OutputFormats {
    static let formats: [OutputFormat] = [.txt, .md, .html, .json, .akn, .docx, .pdf]
}

/// The resolution tracker, which is also a table.
enum TableFormats: OutputFormats {
    static let formats: [OutputFormat] = [.txt, .md, .html, .json, .csv, .docx, .pdf]
}
