use hyper::Uri;
use ureq::get as fetch;

fn other_clients(agent: &ureq::Agent) {
    // ruleid: rs.cleartext-http-url
    let a = fetch("http://updates.vendor-cloud.com/latest.json").call();
    // ruleid: rs.cleartext-http-url
    let b = agent.post("http://auth.vendor-cloud.com/login").send_string("{}");
    // ruleid: rs.cleartext-http-url
    let c = ureq::request("GET", "http://mirror.vendor-cloud.com/pkg.tar.gz").call();
    // ruleid: rs.cleartext-http-url
    let req = hyper::Request::builder().uri("http://backend.vendor-cloud.com/api").body(()).unwrap();
    // ruleid: rs.cleartext-http-url
    let uri = hyper_client.get(Uri::from_static("http://backend.vendor-cloud.com/items"));
    // ruleid: rs.cleartext-http-url
    let ws = tokio_tungstenite::connect_async("ws://stream.vendor-cloud.com/feed");
    // ok: rs.cleartext-http-url
    let d = fetch("https://updates.vendor-cloud.com/latest.json").call();
    // ok: rs.cleartext-http-url
    let e = agent.get("http://test-server.localhost/ping").call();
    // ok: rs.cleartext-http-url
    let f = ureq::request("GET", "https://mirror.vendor-cloud.com/pkg.tar.gz").call();
}

#[cfg(test)]
mod tests {
    #[test]
    fn mock_server() {
        // ok: rs.cleartext-http-url
        let r = ureq::get("http://mock.vendor-cloud.com/api").call();
    }
}
