extension AppStore {
    /// What the briefings in force say of a resolution, with its roadmap's overdue and
    /// due-next steps as of `asOf`.
    public func briefingDossier(of key: String, asOf: CalendarDate) throws -> BriefingDossier {
        BriefingDossier(
            milestones: try roadmap(of: key), asOf: asOf, fundraising: try fundraising(of: key),
            budget: try budgetImplications(of: key), grandTotals: try budgetGrandTotals(of: key))
    }
}
