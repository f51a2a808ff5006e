import Foundation

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
/// Folders are walked recursively in name order; hidden files and folders are skipped, and
/// symbolic links to folders are not followed (so a link loop cannot trap the walk).
public enum InputCollector {
    /// The inputs under the given paths, and the problems met finding them.
    ///
    /// Files in `excluded` (compared by resolved path) are skipped when found in a folder: the
    /// archive's own database files, for one.
    public static func collect(_ paths: [String], excluding excluded: Set<String> = [])
        -> (inputs: [InputSource], failures: [IngestError])
    {
        let excluded = Set(excluded.map(resolved))
        var inputs: [InputSource] = []
        var failures: [IngestError] = []
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
                failures.append(
                    isLink ? .unreadable(path: path, reason: "a broken or looping symbolic link")
                        : .missing(path: path))
                continue
            }
            if isDirectory.boolValue {
                walk(folder: path, excluding: excluded, into: &inputs, failures: &failures)
            } else {
                inputs.append(.file(path))
            }
        }
        return (inputs, failures)
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func walk(
        folder: String, excluding excluded: Set<String>, into inputs: inout [InputSource],
        failures: inout [IngestError]
    ) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            failures.append(.unreadable(path: folder, reason: "the folder cannot be read"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                failures.append(.unreadable(path: path, reason: "cannot read its attributes"))
                continue
            }
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory:
                walk(folder: path, excluding: excluded, into: &inputs, failures: &failures)
            case .typeRegular:
                if !excluded.contains(resolved(path)) { inputs.append(.file(path)) }
            case .typeSymbolicLink:
                var isDirectory: ObjCBool = false
                if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                    failures.append(
                        .unreadable(path: path, reason: "a broken or looping symbolic link"))
                } else if !isDirectory.boolValue {
                    inputs.append(.file(path))
                }
            // Sockets, devices and pipes inside a folder are not articles.
            default:
                continue
            }
        }
    }
}
