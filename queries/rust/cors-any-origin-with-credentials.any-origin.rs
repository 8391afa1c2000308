fn layer() {
    // ruleid: rs.cors-any-origin-with-credentials
    let a = actix_cors::Cors::default().allow_credentials(true).allow_any_origin();
}
