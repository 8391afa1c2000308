use cookie::Cookie as C;
use tower_sessions::SessionManagerLayer;

fn cookies(store: MemoryStore, script_needs_it: bool) {
    // ruleid: rs.cookie-without-http-only
    let a = C::build(("session", "x")).secure(true).http_only(false);
    let mut b = C::new("id", "1");
    // ruleid: rs.cookie-without-http-only
    b.set_http_only(false);
    // ruleid: rs.cookie-without-http-only
    let layer = SessionManagerLayer::new(store).with_http_only(false);
    // ok: rs.cookie-without-http-only
    let d = C::build(("session", "x")).http_only(true);
    // ok: rs.cookie-without-http-only
    let e = C::build(("csrf", "x")).http_only(script_needs_it);
    // ok: rs.cookie-without-http-only
    // ruleid: rs.cookie-without-secure
    let f = C::build(("session", "x")).secure(false);
}
