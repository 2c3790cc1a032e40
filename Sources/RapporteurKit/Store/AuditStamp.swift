import Foundation

/// Who is writing and when: every record keeps it (audit columns).
public struct AuditStamp: Sendable {
    public var user: String
    private let clock: @Sendable () -> Date

    public init(user: String, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.user = user
        self.clock = clock
    }

    /// The user from `RAPPORTEUR_USER`, else `USER`, else "unknown".
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> AuditStamp
    {
        let user = environment["RAPPORTEUR_USER"] ?? environment["USER"] ?? "unknown"
        return AuditStamp(user: user.isEmpty ? "unknown" : user)
    }

    /// Now, as ISO 8601 UTC to the second ("2024-10-16T07:05:00Z").
    public var now: String {
        ISO8601DateFormatter().string(from: clock())
    }
}
