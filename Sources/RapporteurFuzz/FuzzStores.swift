import Foundation
import GRDB
import RapporteurKit

/// The databases cases import into, made once and copied for each case: one as after
/// `rapporteur init` and `decision add HA 1/3`, one that also holds the example data (a meeting to replace, a
/// tracker and a briefing to supersede).
final class FuzzStores: Sendable {
    private let initialized: DatabaseQueue
    private let withExamples: DatabaseQueue

    static let audit = AuditStamp(user: "fuzz", clock: { Date(timeIntervalSince1970: 1_733_300_000) })

    init(examples: URL) throws {
        initialized = try DatabaseQueue()
        let reference = try AppStore(initialized, audit: Self.audit)
        _ = try reference.loadReferenceWorld()
        // A decision a report can give updates of (the reference world holds none).
        try reference.addDecision(body: "HA", key: "1/3", title: "Transition arrangements", adoptedOn: nil)
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
