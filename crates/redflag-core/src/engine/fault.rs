//! Test builds only (feature `fault-injection`, which the end-to-end tests turn on): a file
//! that starts with [`PANIC_MARKER`] makes the analysis panic, so that the tests can check
//! that every front end contains it. Release builds do not have this module.

/// The first bytes of a file that panics the engine.
const PANIC_MARKER: &[u8] = b"redflag-fault-injection: panic";

pub(super) fn inject(text: &[u8]) {
    if text.starts_with(PANIC_MARKER) {
        // Quotes the file, as a slicing panic would: front ends must not print it.
        panic!("injected fault on {:?}", String::from_utf8_lossy(text));
    }
}
