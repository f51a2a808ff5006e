extension OutputSink {
    /// A sink that keeps everything written to it in memory, for output that goes somewhere
    /// other than a file, such as a web response.
    ///
    /// ```swift
    /// let sink = OutputSink.memory()
    /// try rows.copy(to: makeRowWriter(.csv, sink: sink))
    /// let csv = sink.contents
    /// ```
    public static func memory() -> OutputSink {
        OutputSink(descriptor: nil, temporaryPath: nil, finalPath: nil)
    }

    /// The bytes a memory sink holds. Other sinks pass their bytes on, so this is empty for them.
    public var contents: [UInt8] { isMemory ? buffer : [] }
}
