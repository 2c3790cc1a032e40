/// Who a sentence of a Board journal reports, as the journal names them.
struct BoardJournalSubject: Equatable {
    enum Form: Equatable {
        /// "BRAZIL", "THE NETHERLANDS", "USA, MALAWI, and ARGENTINA": one State or several
        /// speaking together, in title case ("Netherlands"); acronyms stay ("USA").
        case states([String])
        /// "MOZAMBIQUE, on behalf of the African Group": the group, through the State.
        case group(String, through: String)
        /// "UNICEF": a UN entity in capitals.
        case entity(String)
        /// "Several Member States", "Member States broadly": States the text does not name.
        case memberStates
        /// "UN-Habitat", "The Executive Director", "The Secretariat".
        case secretariat
        /// "The Chair", or "remarks by the Chair of the Executive Board, Mr. … of …".
        case chair
        /// "The President of the UN-Habitat Assembly": an officer of another body.
        case officer(String)
        /// "The representative", "It also", "She also": the speaker last met.
        case sameSpeaker
    }

    var form: Form
    /// The words as written: "USA, MALAWI, and ARGENTINA".
    var written: String
    /// The sentence from its verb on: "appreciated the focus on …".
    var rest: String
    /// The words before the subject, without the comma: "To help with accessibility …".
    var intro: String?
}
