import RapporteurKit

/// `--by day`, `--by item`.
extension SummaryArrangement: CaseNameArgument {}
