use actix_cors::Cors;
use tower_http::cors::{self, CorsLayer as Layer};

fn app() {
    // ruleid: rs.cors-permissive
    let a = Router::new().layer(Layer::permissive());
    // ruleid: rs.cors-permissive
    let b = Router::new().layer(cors::CorsLayer::very_permissive());
    // ruleid: rs.cors-permissive
    let c = App::new().wrap(Cors::permissive());
    // ok: rs.cors-permissive
    let d = Layer::new().allow_origin("https://app.example.com".parse::<HeaderValue>().unwrap());
    // ok: rs.cors-permissive
    let e = Cors::default().allowed_origin("https://app.example.com");
    // ok: rs.cors-permissive
    let f = Policy::permissive();
    // ok: rs.cors-permissive
    let g = cors_rules.permissive();
}
