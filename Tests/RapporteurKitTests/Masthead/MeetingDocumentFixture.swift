import Foundation

@testable import RapporteurKit

/// The first session of 2025 of the Executive Board, in Nairobi from 25 to 27 March 2025,
/// with the Board's standard opening and closing items (Schema/reference/bodies.json):
/// 1 Opening of the session, 2 Organizational matters, 2(a) Adoption of the agenda,
/// 3 Other matters, 4 Closure of the session.
@discardableResult
func planEB2025(in store: AppStore) throws -> Meeting {
    let meeting = try store.planMeeting(
        MeetingPlan(
            body: "EB", session: 1, year: 2025, startDate: try CalendarDate.parse("2025-03-25"),
            endDate: try CalendarDate.parse("2025-03-27"), venue: "Nairobi"))
    try store.addStandardItems(meeting: meeting.handle)
    return meeting
}

/// A date written as ISO in a test.
func day(_ iso: String) throws -> CalendarDate {
    try CalendarDate.parse(iso)
}

/// The demo's example record (examples/pba-56.record: PBA-56, EB-2024-2, OEWG-H-1),
/// imported into a store with the reference world, as `scripts/demo` begins.
func demoStore() throws -> AppStore {
    let store = try referenceStoreCopy()
    let file = packageRoot.appending(path: "examples/pba-56.record")
    let read = RecordFormatReader.read(try String(contentsOf: file, encoding: .utf8), file: "pba-56.record")
    try store.importRecords(read.records.map { ("pba-56.record", $0) })
    return store
}
