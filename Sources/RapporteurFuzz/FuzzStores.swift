import Foundation
import GRDB
import RapporteurKit

/// The databases cases import into, made once and copied for each case: one as after
/// `rapporteur init`, one that also holds the example data (a meeting to replace, a
/// tracker and a briefing to supersede).
final class FuzzStores: Sendable {
    private let initialized: DatabaseQueue
    private let withExamples: DatabaseQueue

    static let audit = AuditStamp(user: "fuzz", clock: { Date(timeIntervalSince1970: 1_733_300_000) })

    init(examples: URL) throws {
        initialized = try DatabaseQueue()
        _ = try AppStore(initialized, audit: Self.audit).loadReferenceWorld()
        withExamples = try DatabaseQueue()
        try initialized.backup(to: withExamples)
        let store = try AppStore(withExamples, audit: Self.audit)
        for name in FuzzCorpus.files(in: examples) {
            for reader in FuzzReader.all where reader.owns(name) {
                try reader.run(examples.appending(path: name).path, store, false)
            }
        }
    }

    /// A fresh copy of one of the two databases.
    func fresh(withExamples examples: Bool) throws -> AppStore {
        let copy = try DatabaseQueue()
        try (examples ? withExamples : initialized).backup(to: copy)
        return try AppStore(copy, audit: Self.audit)
    }
}
