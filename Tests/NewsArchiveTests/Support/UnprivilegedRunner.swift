import Foundation

/// Runs the binary as a user that file permissions apply to, for tests of unreadable inputs
/// and read-only archives: root reads and writes every file whatever its mode, and CI runs as
/// root. As root, the run goes through util-linux `setpriv` as `nobody` (uid and gid 65534);
/// as anyone else, the binary runs directly.
enum UnprivilegedRunner {
    private static let nobody = 65534

    /// `setpriv`, when root must drop to `nobody` and it is installed.
    private static let setpriv: URL? = ["/usr/bin/setpriv", "/bin/setpriv"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
        .map { URL(fileURLWithPath: $0) }

    /// Whether file permissions can be made to apply: not root, or root able to drop to
    /// `nobody` through setpriv (a container may deny root the right to change user).
    static let isAvailable: Bool = {
        guard geteuid() == 0 else { return true }
        guard setpriv != nil else { return false }
        do {
            let probe = try TestDatabase()
            return try run(["help"], binary: try prepare(probe.folder)).status == 0
        } catch {
            return false
        }
    }()

    /// Opens `folder` to the unprivileged user and copies the binary into it (the build folder
    /// may sit where that user cannot reach, such as under /root); returns the copy.
    static func prepare(_ folder: URL) throws -> URL {
        if geteuid() == 0 {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o777], ofItemAtPath: folder.path)
        }
        let copy = folder.appendingPathComponent("newsarchive")
        if !FileManager.default.fileExists(atPath: copy.path) {
            try FileManager.default.copyItem(at: CommandLineRunner.binary, to: copy)
        }
        return copy
    }

    /// Runs `binary` (from ``prepare(_:)``) with arguments, as the unprivileged user.
    static func run(_ arguments: [String], binary: URL) throws -> CommandLineRunner.Result {
        guard geteuid() == 0, let setpriv else {
            return try CommandLineRunner.run(arguments, executable: binary, timeout: 120)
        }
        return try CommandLineRunner.run(
            ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", binary.path]
                + arguments,
            executable: setpriv, timeout: 120)
    }
}
