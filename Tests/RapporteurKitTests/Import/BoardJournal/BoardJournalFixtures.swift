/// Board journals in our own words, with the variants the Board's journals write: the
/// session, banner and day lines, agenda headings with a colon, an en dash, a hyphen and
/// the minus sign, sub-items, a heading running into its paragraph, a sub-heading,
/// delegations alone, joint, for a group and with an article, a speaker carried on,
/// unnamed Member States, the Secretariat answering in the paragraph of the ask, and a
/// text cut mid-sentence.
enum BoardJournalFixtures {
    static let thirdDay = """
        2031 FIRST SESSION OF THE EXECUTIVE BOARD 11-13 MARCH 2031

        SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES

        DAY 3 – THURSDAY, 13 MARCH 2031

        On Thursday, 13 March 2031, the first session of the Executive Board of UN-Habitat for the year 2031 continued in Nairobi, Kenya.

        Agenda item 3: Housing finance

        UN-Habitat introduced its note on housing finance and the lessons of the pilot cities.

        Interventions by Member States

        PERU, GHANA, and NORWAY welcomed the note and the attention it gives to rental housing.

        KENYA, on behalf of the African Group, urged UN-Habitat to publish the pilot results before the next session.

        THE NETHERLANDS noted the progress made. The representative called for a costed plan for the second phase.

        Member States broadly appreciated the clarity of the note.

        Several Member States stressed the need for regional workshops on the guidelines. UN-Habitat agreed and described the workshops planned for the coming year.

        Agenda item 3 (a) – Pilot cities

        CHILE encouraged UN-Habitat to extend the pilots to small towns. It also commended the partnership with local universities.

        Agenda item 3 (b) - Monitoring

        INDIA recommended a common set of indicators for every pilot city.

        Agenda item 4 − Other matters. The Chair thanked the host country, Kenya, for its hospitality.

        JAPAN requested UN-Habitat to report on the costs of the pilots and on how their results will be shared.

        Agenda item 5: Dates of the next session The Chair announced that the Bureau would propose dates in May.

        SWEDEN asked whether the indicators would be
        """

    static let openingDay = """
        First Daily Journal
        On Wednesday, 2 June 2032, the third session of the Executive Board of UN-Habitat for the year 2032 commenced online.
        Agenda Item 1: Opening of the session
        The session opened with remarks by the Chair of the Executive Board, Ms. Ana Ruiz of Uruguay, who welcomed the members.
        The President of the UN-Habitat Assembly then made a statement and urged Member States to pay their contributions.
        The Executive Director presented the work of the year. She also thanked Denmark for its support.
        """
}
