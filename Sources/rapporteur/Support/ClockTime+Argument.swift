import ArgumentParser
import RapporteurKit

/// A time option (`--start 10:00`) is read as the library reads times; a value that is
/// no time is refused with the library's reason, after the option's name.
extension ClockTime: ExpressibleByArgument {
    public init?(argument: String) {
        do {
            self = try ClockTime.parse(argument)
        } catch {
            let reason = (error as? TextError)?.message ?? "'\(argument)' is not a time"
            ArgumentRefusal.record(ArgumentRefusal(value: argument) { option in "\(option): \(reason)" })
            return nil
        }
    }

    public var defaultValueDescription: String { hhmm }
}
