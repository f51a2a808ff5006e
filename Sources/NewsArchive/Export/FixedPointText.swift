extension Double {
    /// The value with exactly `places` digits after the point, as C's `%.*f` prints it in the
    /// C locale, negative zero included: `2.5.fixedPointText(places: 3)` is `"2.500"`, and
    /// `-0.0001.fixedPointText(places: 2)` is `"-0.00"`. Values too large for a 64-bit
    /// integer once scaled print as Swift prints them.
    public func fixedPointText(places: Int) -> String {
        guard isFinite else { return isNaN ? "nan" : (self < 0 ? "-inf" : "inf") }
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (magnitude * Double(scale)).rounded()
        guard scaled < 9e18 else { return String(self) }
        let units = UInt64(scaled)
        var text = self.sign == .minus ? "-" : ""
        text += String(units / scale)
        guard places > 0 else { return text }
        let fraction = String(units % scale)
        return text + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
