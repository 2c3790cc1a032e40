import GRDB

extension Meeting {
    /// The columns `init(columns:at:)` reads, in its order, for a SELECT list.
    static func columnList(_ alias: String) -> String {
        [
            "id", "bodyId", "handle", "number", "session", "year", "startDate", "endDate", "startTime", "endTime",
            "timeZoneLabel", "timeZoneName", "venue", "modality", "chairHonorific", "chairName", "chairFunction",
            "chairDelegation", "status", "agendaStatus", "provisionalAgenda", "agendaAdoptedAt", "openedAt",
            "adjournedAt", "createdBy", "createdAt", "updatedBy", "updatedAt", "openingTitle", "openingAnnotation",
        ]
        .map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// A meeting read by column position rather than through Codable (see
    /// `Intervention.init(columns:at:)`); `meeting list` reads every meeting of a body.
    init(columns row: Row, at start: Int) throws {
        func value<Value: DatabaseValueConvertible>(_ offset: Int) throws -> Value {
            try row.decode(atIndex: start + offset)
        }
        func optional<Value: DatabaseValueConvertible>(_ offset: Int) throws -> Value? {
            try row.decode(atIndex: start + offset)
        }
        guard let modality = Modality(rawValue: try value(13)), let status = MeetingStatus(rawValue: try value(18)),
            let agendaStatus = AgendaStatus(rawValue: try value(19))
        else {
            throw RapporteurError.failure(
                "meeting \(try value(2) as String): unknown modality, status or agenda status")
        }
        self.init(
            id: try value(0), bodyId: try value(1), handle: try value(2), number: try optional(3),
            session: try optional(4), year: try optional(5), startDate: try value(6), endDate: try value(7),
            startTime: try optional(8), endTime: try optional(9), timeZoneLabel: try value(10),
            timeZoneName: try value(11), venue: try optional(12), modality: modality, chairHonorific: try optional(14),
            chairName: try optional(15), chairFunction: try optional(16), chairDelegation: try optional(17),
            status: status, agendaStatus: agendaStatus, provisionalAgenda: try optional(20),
            agendaAdoptedAt: try optional(21), openedAt: try optional(22), adjournedAt: try optional(23),
            openingTitle: try optional(28), openingAnnotation: try optional(29), createdBy: try value(24),
            createdAt: try value(25), updatedBy: try optional(26), updatedAt: try optional(27)
        )
    }
}
