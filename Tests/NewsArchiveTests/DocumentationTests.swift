import Foundation
import Testing

@testable import newsarchive

@Suite("Documentation")
struct DocumentationTests {
    @Test("every subcommand has an abstract and a section in the README")
    func subcommandsDocumented() throws {
        let readme = try String(
            contentsOf: CommandLineRunner.packageRoot.appendingPathComponent("README.md"),
            encoding: .utf8)
        for command in NewsArchiveCommand.configuration.subcommands {
            let name = command._commandName
            #expect(!command.configuration.abstract.isEmpty, "\(name) has no abstract")
            #expect(
                readme.contains("newsarchive \(name)"), "README does not show 'newsarchive \(name)'"
            )
        }
    }

    @Test("README's quick start holds exactly two commands")
    func quickStart() throws {
        let readme = try String(
            contentsOf: CommandLineRunner.packageRoot.appendingPathComponent("README.md"),
            encoding: .utf8)
        let section = try #require(
            readme.components(separatedBy: "## Quick start").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```").dropFirst().first)
        let commands = block.split(separator: "\n").filter {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        #expect(commands.count == 3)  // the language line of the fence, then two commands
        #expect(commands.last?.contains("swift test --disable-xctest") == true)
    }
}
