/// The name and code of the State (ISO3) or group a party stands for, as party names
/// and speakers are written from them.
struct PartyNames: Sendable {
    let name: String
    let code: String
}
