/// Who a clause reports, as the text names them.
struct SummarySubject: Equatable {
    enum Form: Equatable {
        /// "A Member State", "one Member State", "Another Member State": a State not met before.
        case newUnnamedState
        /// "The Member State", "The same Member State": the unnamed State last met.
        case sameUnnamedState
        /// "Member States", "Several Member States".
        case memberStates
        /// "The delegate from France", "The representatives of France and Kenya".
        case named([String])
        /// "BRAZIL commended …": the name in title case.
        case capitals(String)
        /// "The African Group", "The European Union".
        case group(String)
        /// "UNICEF informed …": a UN entity in capitals.
        case entity(String)
        case chair
        case secretariat
    }

    var form: Form
    /// The words as written: "A Member State".
    var written: String
}

/// A clause of a sentence with the subject it opens with, if any.
struct SummaryClause {
    var subject: SummarySubject?
    /// Words before the subject: "Regarding the regional consultations" (no comma).
    var intro: String?
    /// The clause after its subject, from the verb: "requested the Secretariat …".
    var rest: String
    /// The clause as written.
    var text: String
}
