use reqwest::Client;

const API_BASE: &str = "https://api.weather.example.net/v2";
// ruleid: rs.cleartext-http-url
const LEGACY_API_URL: &str = "http://legacy.weather-service.net/api";

async fn fetch(client: &Client, id: u64, host: &str) -> reqwest::Result<String> {
    // ruleid: rs.cleartext-http-url
    let a = reqwest::get("http://api.weather-service.net/today").await?.text().await?;
    // ruleid: rs.cleartext-http-url
    let b = client.post("http://payments.shop-backend.io/charge").json(&id).send().await?;
    // ruleid: rs.cleartext-http-url
    let c = client.get(format!("http://api.weather-service.net/stations/{}", id)).send().await?;
    // ruleid: rs.cleartext-http-url
    let d = client.request(reqwest::Method::PUT, "http://10.20.0.7/admin/reload").send().await?;
    // ok: rs.cleartext-http-url
    let e = client.get("https://api.weather-service.net/today").send().await?;
    // ok: rs.cleartext-http-url
    let f = client.get("http://localhost:8080/health").send().await?;
    // ok: rs.cleartext-http-url
    let g = client.get("http://127.0.0.1:9000/metrics").send().await?;
    // ok: rs.cleartext-http-url
    let h = client.get(format!("http://{}:{}/status", host, 80)).send().await?;
    // ok: rs.cleartext-http-url
    let i = client.get("http://printer.local/status").send().await?;
    // ok: rs.cleartext-http-url
    let j = client.get("http://[::1]:3000/").send().await?;
    Ok(a)
}

async fn through_a_variable(client: &Client) -> reqwest::Result<()> {
    // ruleid: rs.cleartext-http-url
    let url = "http://telemetry.vendor-cloud.com/v1/events";
    client.post(url).body("{}").send().await?;
    // ok: rs.cleartext-http-url
    let status_url = "http://0.0.0.0:8080/ready";
    client.get(status_url).send().await?;
    Ok(())
}

fn not_a_request() {
    // ok: rs.cleartext-http-url
    let namespace_url = "http://www.w3.org/2000/svg";
    // ok: rs.cleartext-http-url
    let homepage = "http://project-homepage.org";
    println!("see {}", homepage);
}
