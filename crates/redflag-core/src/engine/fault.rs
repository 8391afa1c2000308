//! Test builds only (feature `fault-injection`, which the end-to-end tests turn on): a file
//! that starts with a marker below makes the analysis panic, or take a while, so that the
//! tests can check that every front end contains a panic and that the language server never
//! publishes a slow, outdated analysis. Release builds do not have this module.

/// The first bytes of a file that panics the engine.
const PANIC_MARKER: &[u8] = b"redflag-fault-injection: panic";
/// The first bytes of a file whose analysis takes [`SLOW`] longer.
const SLOW_MARKER: &[u8] = b"redflag-fault-injection: slow";
const SLOW: std::time::Duration = std::time::Duration::from_millis(1500);

pub(super) fn inject(text: &[u8]) {
    if text.starts_with(PANIC_MARKER) {
        // Quotes the file, as a slicing panic would: front ends must not print it.
        panic!("injected fault on {:?}", String::from_utf8_lossy(text));
    }
    if text.starts_with(SLOW_MARKER) {
        std::thread::sleep(SLOW);
    }
}
