use tower_http::cors::{AllowOrigin, CorsLayer};

fn layers() {
    let a = CorsLayer::new()
        .allow_origin(AllowOrigin::mirror_request())
        // ruleid: rs.cors-any-origin-with-credentials
        .allow_credentials(true);
    let b = actix_cors::Cors::default()
        .allow_any_origin()
        .allow_any_method()
        // ruleid: rs.cors-any-origin-with-credentials
        .supports_credentials();
    // ruleid: rs.cors-any-origin-with-credentials
    let c = CorsLayer::new().allow_credentials(true).allow_origin(AllowOrigin::mirror_request());
    let d = CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(|_origin, _parts| true))
        // ruleid: rs.cors-any-origin-with-credentials
        .allow_credentials(true);
    let e = CorsLayer::new()
        .allow_origin(["https://app.example.com".parse::<HeaderValue>().unwrap()])
        // ok: rs.cors-any-origin-with-credentials
        .allow_credentials(true);
    let f = CorsLayer::new()
        .allow_origin(AllowOrigin::mirror_request())
        // ok: rs.cors-any-origin-with-credentials
        .allow_credentials(false);
    // ok: rs.cors-any-origin-with-credentials
    let g = actix_cors::Cors::default().allow_any_origin().max_age(3600);
    // ok: rs.cors-any-origin-with-credentials
    let h = CorsLayer::new().allow_credentials(true).allow_origin(trusted_origins());
}
