import Foundation
import RapporteurKit

/// Turns typed values into kit values, with the kit's messages on failure.
enum Parsing {
    static func date(_ text: String, flag: String) throws -> CalendarDate {
        do {
            return try CalendarDate.parse(text)
        } catch let error as TextError {
            throw RapporteurError.invalid("--\(flag): \(error.message)")
        }
    }

    static func time(_ text: String, flag: String) throws -> ClockTime {
        do {
            return try ClockTime.parse(text)
        } catch let error as TextError {
            throw RapporteurError.invalid("--\(flag): \(error.message)")
        }
    }
}
