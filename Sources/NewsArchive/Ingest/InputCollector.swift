import FoundationEssentials

/// One place to read articles from.
public enum InputSource: Equatable, Sendable {
    /// A file, by the path as the user gave it (or as found in a folder they gave).
    case file(String)
    /// Standard input, named `-` on the command line.
    case standardInput

    /// The name used in messages and as the article key of a text file.
    public var name: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        }
    }
}

/// Turns the paths a user gives into the list of inputs to read.
///
/// Folders are walked recursively in name order; hidden files and folders are skipped, as are
/// a folder's own documentation (README, LICENSE, ...: a corpus's notes are not articles), and
/// symbolic links to folders are not followed (so a link loop cannot trap the walk).
public enum InputCollector {
    /// What a walk found: the inputs, the problems, and the files left out on purpose.
    public struct Collection: Sendable {
        /// The inputs to read, in order.
        public var inputs: [InputSource] = []
        /// Paths that could not be used.
        public var failures: [IngestError] = []
        /// Documentation files found in folders and left out.
        public var skipped: [String] = []
    }

    /// Base names (before any extension, any case) of files that document a folder.
    static let documentationNames: Set<String> = [
        "readme", "license", "licence", "copying", "changelog", "changes", "notice", "authors",
        "contributing", "citation",
    ]

    /// The inputs under the given paths, and the problems met finding them.
    ///
    /// Files in `excluded` (compared by resolved path) are skipped when found in a folder: the
    /// archive's own database files, for one.
    public static func collect(_ paths: [String], excluding excluded: Set<String> = [])
        -> Collection
    {
        let excluded = Set(excluded.map(resolved))
        var collection = Collection()
        for path in paths {
            if path == "-" {
                collection.inputs.append(.standardInput)
                continue
            }
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let isLink =
                    (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
                collection.failures.append(
                    isLink
                        ? .unreadable(path: path, reason: "a broken or looping symbolic link")
                        : .missing(path: path))
                continue
            }
            if isDirectory {
                walk(folder: path, excluding: excluded, into: &collection)
            } else {
                collection.inputs.append(.file(path))
            }
        }
        return collection
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func walk(
        folder: String, excluding excluded: Set<String>, into collection: inout Collection
    ) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            collection.failures.append(
                .unreadable(path: folder, reason: "the folder cannot be read"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                collection.failures.append(
                    .unreadable(path: path, reason: "cannot read its attributes"))
                continue
            }
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory:
                walk(folder: path, excluding: excluded, into: &collection)
            case .typeRegular:
                let base = name.split(separator: ".").first.map { $0.lowercased() } ?? ""
                if documentationNames.contains(base) {
                    collection.skipped.append(path)
                } else if !excluded.contains(resolved(path)) {
                    collection.inputs.append(.file(path))
                }
            case .typeSymbolicLink:
                var isDirectory = false
                if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                    collection.failures.append(
                        .unreadable(path: path, reason: "a broken or looping symbolic link"))
                } else if !isDirectory {
                    collection.inputs.append(.file(path))
                }
            // Sockets, devices and pipes inside a folder are not articles.
            default:
                continue
            }
        }
    }
}
