import ArgumentParser
import RapporteurKit

/// `--layout board-journal`: the layout of a published summary, by its name.
extension SummaryLayout: ExpressibleByArgument {
    public init?(argument: String) {
        guard let layout = SummaryLayout(rawValue: argument.lowercased()) else {
            let names = Self.allValueStrings.joined(separator: ", ")
            ArgumentRefusal.record(
                ArgumentRefusal(value: argument) { option in "\(option) must be one of \(names), not '\(argument)'" })
            return nil
        }
        self = layout
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
