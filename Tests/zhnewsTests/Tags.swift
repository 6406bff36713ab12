import Testing

extension Tag {
    /// Tests that run the tool many times or wait on signals and deadlines (most of the suite's
    /// time on two cores). For a quick run leave them out by suite:
    /// `swift test --skip "Faults|Hostile inputs|Batch invariants"`; CI runs them.
    @Tag static var slow: Self
}
