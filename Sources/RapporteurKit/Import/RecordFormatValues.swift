/// How values of the record format are spelt, shared by the writer and the reader
/// so that both agree.
enum RecordFormatValues {
    static func modality(_ modality: Modality) -> String {
        switch modality {
        case .inPerson: return "in-person"
        case .hybrid: return "hybrid"
        case .online: return "online"
        }
    }

    static func agendaStatus(_ status: AgendaStatus) -> String {
        switch status {
        case .provisional: return "provisional"
        case .adopted: return "adopted"
        case .adoptedAsAmended: return "adopted as amended"
        }
    }

    static func due(_ due: NewCommitment.Due) -> String? {
        switch due {
        case .none: return nil
        case .uponRequest: return "upon request"
        case .asEarlyAsPossible: return "as early as possible"
        case .date(let date): return date.iso
        case .meeting(let handle): return "by \(handle)"
        }
    }

    /// Confidence with two decimals, never a float's long tail: "0.72".
    static func confidence(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// "agendaIssued" -> "agenda-issued".
    static func kebab(_ camel: String) -> String {
        camel.reduce(into: "") { result, character in
            if character.isUppercase { result += "-" + character.lowercased() } else { result.append(character) }
        }
    }
}
