import Foundation
import PackagePlugin

/// Runs `embed-resources` before RapporteurKit compiles, turning `Schema/` and
/// `Templates/` into `EmbeddedResources.swift`.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        let schema = root.appending(path: "Schema")
        let templates = root.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        // The folders are inputs as well as their files: a file added to a
        // folder changes the folder, so the command runs again.
        let inputs = [schema, templates] + listFiles(in: schema) + listFiles(in: templates)
        return [
            .buildCommand(
                displayName: "Embedding Schema/ and Templates/",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [output.path, schema.path, templates.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func listFiles(in folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.sorted { $0.path < $1.path }
    }
}
