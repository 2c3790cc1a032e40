/// Small summaries written for these tests, in our own words, one per shape.
enum SummaryParserFixtures {
    /// PBA style, anonymous attribution: sub-headings in four spellings, lead-ins, a
    /// paragraph with three speakers, responses with commitments.
    static let anonymous = """
        Summary of the fifty-seventh meeting of the ad hoc working group on programmatic, budgetary, and administrative matters of the Executive Board

        Thursday, 14 November 2024, 14:30 – 17:00 East Africa Time
        UNON Conference Room 2

        Chair: H.E. Ms. Amina Odhiambo
        Deputy Permanent Representative of the Republic of Kenya to UN-Habitat

        MEETING SUMMARY

        Agenda item 1 – Adoption of the agenda.

        1. The fifty-seventh meeting of the ad hoc working group was called to order at 14:40 EAT. The working group adopted the provisional agenda without amendment as follows:
         - Adoption of the provisional agenda.
         - Follow-up on resolutions of the UN-Habitat Assembly:
         - a. the road safety toolkit in line with resolution 1/2.
         - b. the housing working group in line with resolution 2/7 and decision 2024/3 of the Executive Board.
         - Other matters.

        Agenda item 2 – Follow-up on resolutions of the UN-Habitat Assembly.

        2. The Chair recalled that the Board would meet in December and noted that the working group would prepare its recommendations.
        3. The Secretariat presented an overview of progress on the resolutions.

        Following the briefing, the discussions highlighted the following:

        4. A Member State thanked the Secretariat for the overview.

        Resolution 1/2 - Safer cities

        5. A Member State asked whether the toolkit had been translated into French and whether regional workshops were planned.
        6. The Member State further requested a timeline for the next edition.

        Resolution 2/7: Adequate housing for all

        7. Another Member State noted the importance of early documentation and requested that documents be issued six weeks ahead of the session.
        8. Regarding the budget, one Member State inquired about the cost of interpretation, another Member State welcomed the progress made. A Member State highlighted the role of local governments.

        Resolution 2/5- Urbanization and climate change

        9. Several Member States stressed that climate finance should reach cities directly.

        In light of the views expressed by Member States, the Secretariat responded as follows:

        Resolution 1/2 - Safer cities

        10. The Secretariat explained that the French version of the toolkit would be available online by 15 January 2025. The Secretariat added that a list of workshop venues could be shared upon request.
        11. The Secretariat stated that it would circulate the timeline to all Member States and that a progress report would be presented at the 2025 first session of the Executive Board.

        On resolution 2/7

        12. The Secretariat informed that interpretation costs were covered by the regular budget and committed to publish the session documents by the end of 2024.

        Agenda item 3 – Other matters.

        13. No other business was raised.
        14. The meeting was adjourned at 16:55 hrs.
        """

    /// Executive Board style: figures for the ordinal, a.m./p.m. times, names in capitals,
    /// groups and a UN entity as speakers, an amended agenda.
    static let capitals = """
        Summary of the 3rd meeting of the Executive Board of the United Nations Human Settlements Programme
        Friday, 7 March 2025, 10 a.m. – 1 p.m. (EAT)
        Gigiri Conference Room 2
        Chair: H.E. Mr. Ivan Petrov

        Agenda item 1 – Opening of the session.
        1. The meeting was called to order at 10.15 a.m. The Board adopted its agenda as orally amended:
        - Opening of the session.
        - Financial matters.
        - Other matters.

        Agenda item 2 – Financial matters.
        Following the introduction by the Secretariat, the discussions highlighted the following:
        2. BRAZIL commended the improved liquidity position and asked when the arrears would be cleared.
        3. UNITED REPUBLIC OF TANZANIA, on behalf of the African Group, stressed the importance of predictable core funding.
        4. The African Group called for more information on the reserve levels.
        5. The European Union welcomed the audit findings.
        6. The Group of 77 and China urged Member States to pay their contributions on time.
        7. UNICEF informed that a joint programme on child-friendly cities would begin in April.
        In light of the views expressed, the Secretariat responded as follows:
        8. The Secretariat noted that the arrears would be reduced gradually.

        Agenda item 3 – Other matters.
        9. No other business was raised.
        10. The meeting was adjourned at 12.50 p.m.
        """

    /// Summary-record style: delegations named ("The representative of Kenya"), a pledge,
    /// two delegations in one subject; no lead-ins.
    static let named = """
        Summary of the first meeting of the open-ended intergovernmental expert working group on adequate housing for all

        Monday, 9 December 2024, 10:00 – 13:00 East Africa Time
        UNON Conference Room 1

        Chair: Ms. Laura Bianchi

        Agenda item 1 – Organizational matters.

        1. The meeting was called to order at 10:03. The working group adopted the provisional agenda without any change as follows:
        - Organizational matters.
        - Exchange of views on adequate housing.

        Agenda item 2 – Exchange of views on adequate housing.

        2. The representative of Kenya said that the national housing programme had delivered new homes in three counties.
        3. The delegate from Germany announced a voluntary contribution of EUR 150,000 to support the participation of experts from developing countries.
        4. The delegates from Chile and Peru requested that the secretariat compile national practices on rental housing.
        5. The representative of the United Republic of Tanzania inquired whether the working group would hold an intersessional meeting.
        6. The delegate from Germany further highlighted the need for gender-responsive housing policies.
        7. The meeting adjourned at 12:58.
        """

    /// Things that go wrong: a skipped paragraph number, a speaker form the parser does
    /// not know, an item heading that is not on the agenda.
    static let problems = """
        Summary of the sixtieth meeting of the ad hoc working group on programmatic, budgetary, and administrative matters of the Executive Board
        Wednesday, 2 April 2025, 10:00 – 12:00 East Africa Time
        UNON Conference Room 3
        Chair: H.E. Mr. Omar Haddad

        Agenda item 1 – Adoption of the agenda.
        1. The meeting was called to order at 10:02. The working group adopted the agenda without any change as follows:
        - Adoption of the agenda.
        - Budget outlook.
        Agenda item 2 – Budget outlook.
        Following the briefing, the discussions highlighted the following:
        2. A Member State inquired about the timing of the budget revision.
        4. The Member State also requested a breakdown by division.
        5. Delegations broadly supported the proposal.
        Agenda item 5 – Strategic plan.
        6. The meeting was adjourned at 11:50.
        """
}
