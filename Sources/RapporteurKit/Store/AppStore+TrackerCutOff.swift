extension AppStore {
    /// The warning for a tracker that stops mid-sentence: the line where it stops, quoted,
    /// and, when its totals are more than its lines add up to, that they cover
    /// resolutions the file does not hold.
    static func cutOffWarning(
        _ cutOff: (line: Int, text: String), totals shown: [String: (value: Int, line: Int)],
        lines: (required: Int, mobilized: Int, gap: Int, gapPercent: Int), count: Int, file: String
    ) -> Diagnostic {
        var message =
            "the text seems to stop short here, mid-sentence: \"\(cutOff.text)\"; that paragraph is left out"
        if let required = shown["required"]?.value, required != lines.required {
            let mobilized = shown["mobilized"].map { ", \(DollarThousands.written($0.value)) mobilized" } ?? ""
            message +=
                ", and the totals (\(DollarThousands.written(required)) required\(mobilized)) cover resolutions "
                + "this file does not hold (its \(count) resolution\(count == 1 ? "" : "s") "
                + "require\(count == 1 ? "s" : "") \(DollarThousands.written(lines.required)))"
        }
        return Diagnostic(file: file, line: cutOff.line, .warning, message)
    }
}
