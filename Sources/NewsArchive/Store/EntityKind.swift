/// People or organisations: the two kinds of entity the archive keeps identities for, and the
/// tables and columns that hold each.
public enum EntityKind: String, Sendable, CaseIterable {
    case person
    case organisation

    var table: String { self == .person ? "people" : "organisations" }
    var aliasTable: String { self == .person ? "person_aliases" : "organisation_aliases" }
    var mentionTable: String { self == .person ? "person_mentions" : "organisation_mentions" }
    var idColumn: String { self == .person ? "person_id" : "organisation_id" }
    var quoteSpeakerColumn: String {
        self == .person ? "speaker_person_id" : "speaker_organisation_id"
    }
    /// The word used in messages: "person" or "organisation".
    public var noun: String { rawValue }
}
