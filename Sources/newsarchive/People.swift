import ArgumentParser
import NewsArchive

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "People in the archive with their aliases, titles and counts; corrections.",
        discussion: """
            'newsarchive people [QUERY]' lists people, most quoted first. The subcommands \
            correct what the rules got wrong; corrections survive re-ingest.
            """,
        subcommands: [
            EntityList<PersonKind>.self, EntityMerge<PersonKind>.self,
            EntityRename<PersonKind>.self, EntityAlias<PersonKind>.self,
        ],
        defaultSubcommand: EntityList<PersonKind>.self)
}

struct Organisations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisations",
        abstract: "Organisations in the archive with their aliases and counts; corrections.",
        discussion: """
            'newsarchive organisations [QUERY]' lists organisations, most quoted first. The \
            subcommands correct what the rules got wrong; corrections survive re-ingest.
            """,
        subcommands: [
            EntityList<OrganisationKind>.self, EntityMerge<OrganisationKind>.self,
            EntityRename<OrganisationKind>.self, EntityAlias<OrganisationKind>.self,
        ],
        defaultSubcommand: EntityList<OrganisationKind>.self,
        aliases: ["organizations"])
}

/// Which entity a generic subcommand works on.
protocol EntityKindMarker {
    static var kind: EntityKind { get }
    static var plural: String { get }
}

enum PersonKind: EntityKindMarker {
    static let kind = EntityKind.person
    static let plural = "people"
}

enum OrganisationKind: EntityKindMarker {
    static let kind = EntityKind.organisation
    static let plural = "organisations"
}

struct EntityList<Kind: EntityKindMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: "List \(Kind.plural) whose name or alias contains QUERY (all without one).")
    }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Part of a name or alias to look for.")
    var query: String?

    func run() throws {
        let store = try database.openForReading()
        let search = ArchiveSearch(connection: store.connection)
        let rows =
            Kind.kind == .person
            ? try search.people(matching: query, limit: output.queryLimit, offset: output.offset)
            : try search.organisations(
                matching: query, limit: output.queryLimit, offset: output.offset)
        try output.print(rows, emptyMessage: "No \(Kind.plural) found.")
    }
}

struct EntityMerge<Kind: EntityKindMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "merge",
            abstract: "Make OTHER part of KEPT: quotes, mentions and aliases move over.")
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The name (or id) that stays.")
    var kept: String

    @Argument(help: "Names (or ids) to merge into it.")
    var others: [String]

    func run() throws {
        let store = try database.openForWriting()
        for other in others {
            try store.merge(Kind.kind, other, into: kept)
            Terminal.note("Merged '\(other)' into '\(kept)'.")
        }
    }
}

struct EntityRename<Kind: EntityKindMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "rename", abstract: "Give NAME a new name; the old one stays an alias.")
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The current name (or id).")
    var name: String

    @Argument(help: "The new name.")
    var newName: String

    func run() throws {
        try database.openForWriting().rename(Kind.kind, name, to: newName)
        Terminal.note("Renamed '\(name)' to '\(newName)'.")
    }
}

/// Whether an alias is added or removed.
enum AliasAction: String, ExpressibleByArgument, CaseIterable {
    case add
    case remove
}

struct EntityAlias<Kind: EntityKindMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "alias",
            abstract: "Add or remove an alias: 'alias add NAME ALIAS', 'alias remove NAME ALIAS'.")
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "add or remove.")
    var action: AliasAction

    @Argument(help: "The name (or id).")
    var name: String

    @Argument(help: "The alias.")
    var alias: String

    func run() throws {
        let store = try database.openForWriting()
        switch action {
        case .add:
            try store.addAlias(Kind.kind, to: name, alias: alias)
            Terminal.note("'\(alias)' now leads to '\(name)'.")
        case .remove:
            let removed = try store.removeAlias(Kind.kind, from: name, alias: alias)
            Terminal.note(
                removed
                    ? "Removed '\(alias)' from '\(name)'."
                    : "'\(name)' had no alias '\(alias)'; it will not be added by re-ingest.")
        }
    }
}
