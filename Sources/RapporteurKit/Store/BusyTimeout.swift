import Foundation

/// How long a command waits for another command's write to finish before it gives up:
/// a team that shares one database file writes to it at the same moments.
/// `RAPPORTEUR_BUSY_TIMEOUT` sets it in seconds (fractions allowed, 0 for no wait).
public struct BusyTimeout: Sendable, Equatable {
    public static let variable = "RAPPORTEUR_BUSY_TIMEOUT"
    public static let standard = BusyTimeout(seconds: 5)

    public let seconds: TimeInterval

    public init(seconds: TimeInterval) {
        self.seconds = seconds
    }

    /// The wait `RAPPORTEUR_BUSY_TIMEOUT` asks for, else the standard five seconds.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> BusyTimeout
    {
        guard let text = environment[variable]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return standard
        }
        guard let seconds = TimeInterval(text), seconds.isFinite, seconds >= 0, seconds <= 86_400 else {
            throw RapporteurError.invalid(
                "\(variable)=\(text) is not a number of seconds; set it to a number such as 5 or 0.5 (at most 86400), or unset it for the standard \(standard.text)"
            )
        }
        return BusyTimeout(seconds: seconds)
    }

    /// "5 s", "0.5 s".
    public var text: String {
        let whole = seconds.rounded()
        return (whole == seconds ? String(Int(whole)) : String(seconds)) + " s"
    }
}
