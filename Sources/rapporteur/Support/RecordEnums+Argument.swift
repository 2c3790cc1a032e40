import RapporteurKit

/// `meeting new --modality hybrid`.
extension Modality: CaseNameArgument {}

/// `meeting set --status summary-drafted`.
extension MeetingStatus: CaseNameArgument {}

/// `intervention add --kind question`.
extension InterventionKind: CaseNameArgument {}
