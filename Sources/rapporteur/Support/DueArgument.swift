import ArgumentParser
import RapporteurKit

/// What `--due` takes: a date, or the words of a due that has none ("upon request",
/// "as early as possible"), which are kept as such and never turned into a date.
enum DueArgument: ExpressibleByArgument {
    case date(CalendarDate)
    case uponRequest
    case asEarlyAsPossible

    init?(argument: String) {
        let words = argument.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
        switch words {
        case "upon request": self = .uponRequest
        case "as early as possible": self = .asEarlyAsPossible
        default:
            // A date, refused with the date's own reason.
            guard let date = CalendarDate(argument: argument) else { return nil }
            self = .date(date)
        }
    }

    var due: NewCommitment.Due {
        switch self {
        case .date(let date): .date(date)
        case .uponRequest: .uponRequest
        case .asEarlyAsPossible: .asEarlyAsPossible
        }
    }
}
