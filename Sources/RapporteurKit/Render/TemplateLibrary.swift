import Foundation
import Mustache

/// The templates documents are rendered with: the set embedded in the binary, with
/// any file of an override folder replacing the template of the same name.
public struct TemplateLibrary: Sendable {
    /// Where the override folder came from, for messages.
    public let overrideFolder: String?
    private let library: MustacheLibrary
    public let names: [String]
    /// The templates the override folder replaces (or adds).
    public let overridden: Set<String>

    /// Markdown output escapes stored text through this content type
    /// (`{{% CONTENT_TYPE: MARKDOWN }}` in a template).
    private static let registerMarkdown: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()

    /// The embedded templates, overridden from `folder` when given. A template that
    /// does not parse is named with its line and column.
    public init(overrides folder: String? = nil) throws {
        Self.registerMarkdown
        var texts = EmbeddedResources.templates
        var overridden: Set<String> = []
        if let folder {
            for (name, text) in try Self.readFolder(folder) {
                texts[name] = text
                overridden.insert(name)
            }
        }
        var library = MustacheLibrary()
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                let file = overridden.contains(name) ? "\(folder!)/\(name).mustache" : "Templates/\(name).mustache"
                throw RapporteurError.failure(
                    "\(file):\(error.context.lineNumber):\(error.context.columnNumber): "
                        + "error: the template does not parse (\(error.error)): \(error.context.line.trimmingCharacters(in: .whitespaces))"
                )
            }
        }
        self.overrideFolder = folder
        self.library = library
        self.names = texts.keys.sorted()
        self.overridden = overridden
    }

    /// The override folder a user chose: the flag, else `RAPPORTEUR_TEMPLATES`, else
    /// `$XDG_CONFIG_HOME/rapporteur/templates` when it exists.
    public static func overrideFolder(
        flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let flag { return flag }
        if let fromEnvironment = environment["RAPPORTEUR_TEMPLATES"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let configHome =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { "\($0)/.config" } ?? "")
        let folder = "\(configHome)/rapporteur/templates"
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
            ? folder : nil
    }

    public func render(_ context: Any, with name: String) throws -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw RapporteurError.failure(
                "no template named \(name); the templates are \(names.joined(separator: ", "))")
        }
        return text
    }

    /// Writes the embedded templates into `folder`, as a starting point for overrides.
    public static func exportDefaults(to folder: String) throws -> [String] {
        let fileManager = FileManager.default
        var written: [String] = []
        for (name, text) in EmbeddedResources.templates.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: folder).appending(path: "\(name).mustache")
            do {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                throw RapporteurError.failure("cannot write \(url.path): \(error.localizedDescription)")
            }
            written.append(url.path)
        }
        return written
    }

    private static func readFolder(_ folder: String) throws -> [String: String] {
        let root = URL(fileURLWithPath: folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw RapporteurError.invalid(
                "the templates folder \(folder) does not exist; \(step: .exportTemplates(to: folder))")
        }
        var texts: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "mustache" else { continue }
            let relative = url.path.dropFirst(root.path.count).drop { $0 == "/" }
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw RapporteurError.invalid("\(url.path): error: not readable UTF-8 text")
            }
            texts[String(relative.dropLast(".mustache".count))] = text
        }
        return texts
    }
}
