import RapporteurKit

/// `--style anonymous`, `--attribution capitals`.
extension AttributionStyle: CaseNameArgument {}
