/// Record files both test targets read.
public enum RecordFixtures {
    /// PBA-57 with a response and two commitments of it: one due at a session of the
    /// Board nobody has planned yet, one as early as possible.
    public static let duesWithoutADate = """
        # Rapporteur record, format 1
        meeting PBA-57
          body: PBA
          number: 57
          dates: 2024-11-20
        item 1: Implementation of resolutions
        response R1
          item: 1
          text: said that an update would follow
        commitment A1
          from: R1
          due: by EB-2026-1
          text: brief the Board on the roadmap
        commitment A2
          from: R1
          due: as early as possible
          text: post the slides

        """
}
