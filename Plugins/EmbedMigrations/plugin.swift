import Foundation
import PackagePlugin

/// Embeds `Migrations/*.sql` (at the package root) into the target as Swift string literals.
@main
struct EmbedMigrations: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Migrations")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMigrations+SQL.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) migrations",
                executable: try context.tool(named: "MigrationEmbedder").url,
                arguments: [output.path, folder.path],
                inputFiles: inputs + [folder],
                outputFiles: [output]
            )
        ]
    }
}
