import RapporteurKit

/// How the command line words the texts that would reveal a speaker in an anonymous
/// summary: a line each for `summary --check`, a warning each when text is entered.
enum SpeakerLeakText {
    /// `¶3 I2 reveals France ("France"): France spoke at PBA-1 and is not marked to be named`.
    static func line(_ leak: SpeakerLeak) -> String {
        "\(place(leak)) \(leak.record) reveals \(leak.speaker) (\(quoted(leak))): \(why(leak))"
    }

    /// `I3 (¶4) reveals Türkiye ("Turkey") in the anonymous summary of PBA-1: …; reword …`.
    static func warning(_ leak: SpeakerLeak) -> String {
        let paragraph = leak.paragraph.map { "¶\($0)" } ?? "not in the summary"
        let fix: String
        switch leak.reason {
        case .speakerNotNamed:
            fix =
                "\(leak.speaker) spoke there and is not marked to be named; reword the text, or mark "
                + "\(leak.speaker)'s intervention --named if it speaks as host or convenor"
        case .namesItsOwnSpeaker:
            fix = "the summary writes this intervention of \(leak.speaker)'s as \"A Member State\"; reword the text"
        }
        return "\(leak.record) (\(paragraph)) reveals \(leak.speaker) (\(quoted(leak))) in the anonymous summary "
            + "of \(leak.meeting): \(fix)"
    }

    static func warn(_ leaks: [SpeakerLeak]) {
        leaks.map(warning).forEach(Console.warning)
    }

    /// Runs a write to a meeting's record and warns of the leaks it brings in, not of
    /// those the record had before. The write stands whatever the check finds; a check
    /// that cannot run (the meeting is not there yet) warns of nothing.
    static func warnOfNewLeaks<T>(in store: AppStore, meeting: String, _ write: () throws -> T) throws -> T {
        let before = (try? store.speakerLeaks(meeting: meeting)) ?? []
        let result = try write()
        let after = (try? store.speakerLeaks(meeting: meeting)) ?? []
        warn(after.filter { leak in !before.contains { $0.isSame(as: leak) } })
        return result
    }

    /// The same for an edit of one record (I7, R3, A4), in the meeting that holds it.
    static func warnOfNewLeaks<T>(in store: AppStore, record: String, _ write: () throws -> T) throws -> T {
        try warnOfNewLeaks(in: store, meeting: try store.meetingHandle(ofRecord: record), write)
    }

    /// Warns of every leak of the meetings an import wrote.
    static func warnOfLeaks(in store: AppStore, meetings: [String]) {
        warn((try? store.speakerLeaks(meetings: meetings)) ?? [])
    }

    private static func place(_ leak: SpeakerLeak) -> String {
        leak.paragraph.map { "¶\($0)" } ?? "(not in the summary)"
    }

    private static func quoted(_ leak: SpeakerLeak) -> String {
        leak.words.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    private static func why(_ leak: SpeakerLeak) -> String {
        switch leak.reason {
        case .speakerNotNamed:
            return "\(leak.speaker) spoke at \(leak.meeting) and is not marked to be named"
        case .namesItsOwnSpeaker:
            return "the text of \(leak.speaker)'s own intervention, which the summary leaves unnamed"
        }
    }
}
