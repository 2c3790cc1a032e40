import RapporteurKit

/// `body set --ordinals figures`.
extension OrdinalStyle: CaseNameArgument {}

/// `body set --time-style twelve-hour`.
extension TimeStyle: CaseNameArgument {}

/// `body set --distribution limited`.
extension Distribution: CaseNameArgument {}

/// `body add GC --numbering session`.
extension MeetingNumbering: CaseNameArgument {}
