import ArgumentParser
import RapporteurKit

/// An attribution style option (`--style anonymous`, `--attribution capitals`), in any
/// case; the help lists the styles, and a value that is none is refused naming them.
extension AttributionStyle: ExpressibleByArgument {
    public init?(argument: String) {
        guard let style = AttributionStyle(rawValue: argument.lowercased()) else {
            let styles = AttributionStyle.allCases.map(\.rawValue).joined(separator: ", ")
            ArgumentRefusal.record(ArgumentRefusal(value: argument) { option in
                "\(option) must be one of \(styles), not '\(argument)'"
            })
            return nil
        }
        self = style
    }
}
