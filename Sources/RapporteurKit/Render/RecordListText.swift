/// Plain-text listings of the record for the terminal: one line a record, its
/// identifier first, and the details indented under it.
public enum RecordListText {
    public static func interventions(_ views: [InterventionView]) -> [String] {
        views.flatMap { view -> [String] in
            var head =
                "\(view.id)  \(view.meeting)\(day(view.day)) item \(view.item)  \(view.kind.rawValue)  "
                + view.speakers.joined(separator: ", ")
            if view.named { head += " (named)" }
            var lines = [head, "    \(view.text)"]
            if let pledge = view.pledge {
                lines.append("    pledge: \([pledge.currency, pledge.amount].compactMap { $0 }.joined(separator: " "))")
            }
            lines += references(view.resolutions, view.decisions, view.documents, view.paragraphs)
            for ask in view.asks {
                lines.append("    \(ask.id)  \(ask.status.words)\(answered(ask.answers))  \(ask.text)")
            }
            return lines
        }
    }

    /// " day 2" for a record of a session of several days; nothing for a meeting of one day.
    private static func day(_ day: Int?) -> String {
        day.map { " day \($0)" } ?? ""
    }

    public static func responses(_ views: [ResponseView]) -> [String] {
        views.flatMap { view -> [String] in
            var head = "\(view.id)  \(view.meeting)\(day(view.day)) item \(view.item)  the Secretariat"
            if let unit = view.unit { head += " (\(unit))" }
            var lines = [head, "    \(view.text)"]
            if !view.answers.isEmpty {
                lines.append(
                    "    answers: "
                        + view.answers.map { answer in
                            "\(answer.ask)\(answer.extent == .partial ? " (in part)" : "")\(mark(answer))"
                        }.joined(separator: ", "))
            }
            if !view.commitments.isEmpty {
                lines.append("    commitments: " + view.commitments.joined(separator: ", "))
            }
            return lines + references(view.resolutions, view.decisions, view.documents, view.paragraphs)
        }
    }

    public static func commitments(_ views: [CommitmentView]) -> [String] {
        views.flatMap { view -> [String] in
            var head = "\(view.id)  \(view.status.rawValue)"
            if view.overdue == true { head += " OVERDUE" }
            head += "  \(view.meeting)"
            if let item = view.item { head += " item \(item)" }
            if let origin = view.origin { head += " (from \(origin))" }
            head += "  \(view.owner)"
            if let due = view.due { head += "  due \(due)" + view.dueMeetingNote }
            var lines = [head, "    \(view.text)"]
            if view.status == .done {
                let place = [view.doneAt, view.doneOn.map(\.iso)].compactMap { $0 }.joined(separator: ", ")
                lines.append("    done \(place)" + (view.note.map { ": \($0)" } ?? ""))
            } else if view.status == .cancelled {
                lines.append("    cancelled" + (view.note.map { ": \($0)" } ?? ""))
            }
            return lines + references(view.resolutions, view.decisions, view.documents, view.paragraphs)
        }
    }

    public static func history(_ history: ResolutionHistory) -> String {
        var lines = ["Resolution \(history.resolution) (\(history.symbol)): \(history.title)"]
        if history.meetings.isEmpty { lines.append("Nothing recorded about it yet.") }
        for meeting in history.meetings {
            lines += [
                "", "\(meeting.meeting): \(OrdinalWords.capitalized(meeting.title)), \(UNDate.long(meeting.date))",
            ]
            lines += interventions(meeting.interventions).map { "  " + $0 }
            lines += responses(meeting.responses).map { "  " + $0 }
            lines += commitments(meeting.commitments).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private static func answered(_ answers: [AnswerView]) -> String {
        guard !answers.isEmpty else { return "" }
        return " ("
            + answers.map { "\($0.response)\($0.extent == .partial ? " in part" : "") at \($0.meeting)\(mark($0))" }
            .joined(separator: "; ") + ")"
    }

    /// " (proposed)" for a link that answers nothing until confirmed, " (inferred)" for
    /// an import's link that was confirmed; nothing for one an officer recorded.
    private static func mark(_ answer: AnswerView) -> String {
        answer.isProposed ? " (proposed)" : answer.inferred ? " (inferred)" : ""
    }

    private static func references(
        _ resolutions: [String], _ decisions: [String], _ documents: [String],
        _ paragraphs: [String]
    ) -> [String] {
        var parts =
            resolutions.map { "resolution \($0)" } + decisions.map { "decision \($0)" }
            + documents.map { "document \($0)" }
        parts += paragraphs
        return parts.isEmpty ? [] : ["    concerns: " + parts.joined(separator: "; ")]
    }
}
