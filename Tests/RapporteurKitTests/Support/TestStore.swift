import Foundation
import GRDB

@testable import RapporteurKit

/// A fresh in-memory store with the reference world loaded, as after `rapporteur init`.
func referenceStore() throws -> AppStore {
    let store = try AppStore.inMemory()
    try store.loadReferenceWorld()
    return store
}

/// The same as `referenceStore()`, copied from one loaded once: for tests that need
/// hundreds of fresh stores.
func referenceStoreCopy() throws -> AppStore {
    let copy = try DatabaseQueue()
    try loadedReferenceWorld.backup(to: copy)
    return try AppStore(copy, audit: AuditStamp(user: "test"))
}

private let loadedReferenceWorld: DatabaseQueue = {
    let queue = try! DatabaseQueue()
    do {
        try AppStore(queue, audit: AuditStamp(user: "test")).loadReferenceWorld()
    } catch {
        fatalError("the reference world does not load: \(error)")
    }
    return queue
}()

/// The fifty-sixth PBA meeting of 16 October 2024 (seed 004), planned in `store`.
@discardableResult
func planPBA56(in store: AppStore) throws -> Meeting {
    try store.planMeeting(
        MeetingPlan(
            body: "PBA", number: 56, startDate: try CalendarDate.parse("2024-10-16"),
            startTime: try ClockTime.parse("10:00"), endTime: try ClockTime.parse("13:00"),
            venue: "UNON Conference Room 4", chair: "H.E. Dr. Pedro Leon Cortes Ruiz",
            chairFunction: "Permanent Representative of the Republic of Colombia to UN-Habitat"))
}

/// The folder that holds Package.swift, found from this file's path.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appending(path: "Package.swift").path) { return url }
    }
    fatalError("Package.swift not found above \(#filePath)")
}()

/// The Board's second session of 2024 (4 to 6 December, Nairobi), which seed 004's
/// commitments fall due at.
func planBoardSession2024(in store: AppStore) throws {
    try store.planMeeting(
        MeetingPlan(
            body: "EB", session: 2, startDate: try CalendarDate.parse("2024-12-04"),
            endDate: try CalendarDate.parse("2024-12-06"), venue: "Nairobi"))
}
