// ruleid: rs.possible-hardcoded-key
const STRIPE_KEY: &str = "{{fake:alnum:32}}";

fn main() {
    // ruleid: rs.possible-hardcoded-key
    let mailgun_key = "{{fake:alnum:40}}";
    // ok: rs.possible-hardcoded-key
    let cache_key = "{{fake:alnum:32}}";
    // ok: rs.possible-hardcoded-key
    let stripe_key = std::env::var("STRIPE_KEY").unwrap_or_default();
    // ok: rs.possible-hardcoded-key
    let sort_key = "{{fake:hex:32}}";
    let cfg = Config {
        // ruleid: rs.possible-hardcoded-key
        sendgrid_key: "{{fake:base64url:48}}",
        // ok: rs.possible-hardcoded-key
        partition_key: "{{fake:alnum:32}}",
    };
}
