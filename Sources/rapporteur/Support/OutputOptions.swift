import ArgumentParser

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// `--format text|json`, with `--json` as a shorthand.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Shorthand for --format json.")
    var json = false

    var isJSON: Bool { json || format == .json }
}
