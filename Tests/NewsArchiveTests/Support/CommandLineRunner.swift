import Foundation

/// Runs the built `newsarchive` binary the way a user does, and captures what it prints.
struct CommandLineRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The run was stopped because it went past its time limit.
        var timedOut = false
    }

    /// The binary built next to the test bundle.
    static let binary: URL = {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        let beside = folder.appendingPathComponent("newsarchive")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/newsarchive")
    }()

    /// Copies the binary alone into a new folder `name` under `folder`, as a user installing
    /// it would, and returns the copy.
    static func copyAlone(into folder: URL, name: String) throws -> URL {
        let elsewhere = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let copy = elsewhere.appendingPathComponent("newsarchive")
        try FileManager.default.copyItem(at: binary, to: copy)
        return copy
    }

    /// The root of this package's checkout.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shared material beside the checkout (`../shared`), when it is there.
    static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Runs the binary (or `executable`) with arguments, optional standard input, in a folder.
    ///
    /// With a `timeout` (seconds), a run still going by then is killed and comes back with
    /// `timedOut` set, so a hang fails its test instead of stalling the suite.
    static func run(
        _ arguments: [String], stdin: Data? = nil, in folder: URL? = nil,
        executable: URL = binary, environment: [String: String] = [:],
        timeout: TimeInterval? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["COLUMNS"] = "100"
        env.removeValue(forKey: "NEWSARCHIVE_DB")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        let watchdog = DispatchWorkItem {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        }
        defer { watchdog.cancel() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self),
            timedOut: process.terminationReason == .uncaughtSignal
                && process.terminationStatus == SIGKILL)
    }
}
