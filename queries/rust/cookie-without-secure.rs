use actix_session::{storage::CookieSessionStore, SessionMiddleware};
use axum_extra::extract::cookie::{Cookie, SameSite};

fn cookies(key: Key, dev: bool) {
    // ruleid: rs.cookie-without-secure
    let a = Cookie::build(("session", "x")).secure(false).http_only(true);
    let mut b = Cookie::new("id", "1");
    // ruleid: rs.cookie-without-secure
    b.set_secure(false);
    let c = SessionMiddleware::builder(CookieSessionStore::default(), key)
        // ruleid: rs.cookie-without-secure
        .cookie_secure(false)
        .build();
    // ok: rs.cookie-without-secure
    let d = Cookie::build(("session", "x")).secure(true);
    // ok: rs.cookie-without-secure
    let e = Cookie::build(("session", "x")).secure(!dev);
    // ok: rs.cookie-without-secure
    b.set_secure(Some(true));
    // ok: rs.cookie-without-secure
    // ruleid: rs.cookie-without-http-only
    let f = Cookie::build(("session", "x")).http_only(false);
}
