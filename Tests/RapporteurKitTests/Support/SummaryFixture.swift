@testable import RapporteurKit

/// A small meeting of our own making that exercises every rule of the summary: two
/// rounds, sub-headings in agenda order, every kind of speaker, a flagged delegation,
/// the same State twice, text with markup characters, and nothing under item 3.
func summaryStore() throws -> AppStore {
    let store = try referenceStore()
    try store.planMeeting(
        MeetingPlan(
            body: "PBA", number: 57, startDate: try CalendarDate.parse("2024-10-23"),
            startTime: try ClockTime.parse("10:00"), endTime: try ClockTime.parse("13:00"),
            venue: "UNON Conference Room 2",
            chair: "H.E. Ms. Amina Diallo", chairFunction: "Permanent Representative to UN-Habitat"))
    try store.addStandardItems(meeting: "PBA-57")
    try store.addAgendaItem(meeting: "PBA-57", title: "Progress on the resolutions of the second session", at: "2")
    try store.addAgendaItem(
        meeting: "PBA-57", title: "Adequate housing for all", under: "2", links: AgendaLinks(resolutions: ["2/7"]))
    try store.addAgendaItem(
        meeting: "PBA-57", title: "Climate resilience", under: "2", links: AgendaLinks(resolutions: ["2/5"]))
    try store.adoptAgenda(meeting: "PBA-57")
    var times = MeetingChange()
    times.openedAt = try ClockTime.parse("10:10")
    times.adjournedAt = try ClockTime.parse("12:55")
    try store.updateMeeting("PBA-57", change: times)

    // Round one, on item 2 itself.
    try store.say("Chair", .statement, "opened the discussion on the second-session resolutions", meeting: "PBA-57")
    try store.say("Secretariat", .statement, "presented a progress report on each resolution", meeting: "PBA-57")
    try store.say("Member States", .appreciation, "thanked the Secretariat for the report", meeting: "PBA-57")
    try store.say("Kenya", .question, "asked when the housing platform would open", item: "2a", meeting: "PBA-57")
    try store.say("Kenya", .request, "requested a timeline for its first release", item: "2a", meeting: "PBA-57")
    try store.say(
        "Philippines", .comment, "welcomed the *new* platform & its <beta> test [pilot]", item: "2a", meeting: "PBA-57")
    try store.recordIntervention(
        NewIntervention(
            meeting: "PBA-57", item: "2a", speakers: ["France"], kind: .announcement,
            text: "announced a meeting of housing ministers that it would co-host", named: true))
    try store.say("Türkiye", .question, "asked how urban heat would be monitored", item: "2b", meeting: "PBA-57")
    try store.recordIntervention(
        NewIntervention(
            meeting: "PBA-57", item: "2b", speakers: ["Brazil", "Colombia"], kind: .comment,
            text: "stressed the value of regional hubs"))
    try store.say(
        "African Group", .request, "asked for support to national adaptation plans", item: "2b", meeting: "PBA-57")
    try store.respond(
        "said that the platform would open in the first quarter of 2025", item: "2a", meeting: "PBA-57",
        answers: ["Q1"], partly: ["Q2"])
    try store.respond(
        "explained that heat would be tracked through the urban monitoring framework", item: "2b",
        meeting: "PBA-57", answers: ["Q3"])
    // Round two: the Chair frames a new question; a UN entity and a stakeholder speak.
    try store.say("Chair", .statement, "invited comments on the reporting cycle", meeting: "PBA-57")
    try store.say("entity: UNICEF", .comment, "offered to share child-focused indicators", meeting: "PBA-57")
    try store.say(
        "stakeholder: Habitat International Coalition", .question, "asked whether civil society could report",
        meeting: "PBA-57")
    try store.respond(
        "confirmed that written inputs from civil society would be welcome", meeting: "PBA-57", answers: ["Q5"])
    try store.recordCommitment(
        NewCommitment(
            meeting: "PBA-57", origin: "R1", text: "share the platform's release timeline",
            due: .date(try CalendarDate.parse("2024-11-30"))))
    try store.recordCommitment(
        NewCommitment(
            meeting: "PBA-57", origin: "R3", text: "circulate a template for written inputs",
            due: .uponRequest))
    return store
}
