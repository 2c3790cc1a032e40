import ArgumentParser
import RapporteurKit

/// A date option (`--date 2024-10-16`) is read as the library reads dates; a value that
/// is no date is refused with the library's reason, after the option's name.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        do {
            self = try CalendarDate.parse(argument)
        } catch {
            let reason = (error as? TextError)?.message ?? "'\(argument)' is not a date"
            ArgumentRefusal.record(ArgumentRefusal(value: argument) { option in "\(option): \(reason)" })
            return nil
        }
    }

    public var defaultValueDescription: String { iso }
}
