//! Placeholder until the journal exists; replaced by the journal_10k benchmarks.
fn main() {}
