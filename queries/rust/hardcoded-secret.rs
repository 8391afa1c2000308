use std::env;

// ruleid: rs.hardcoded-secret
const API_TOKEN: &str = "{{fake:alnum:32}}";
// ruleid: rs.hardcoded-secret
static DB_PASSWORD: &str = "Zq8Lr2mX9vT4!";

fn connect() {
    // ruleid: rs.hardcoded-secret
    let api_key = "{{fake:hex:40}}";
    // ruleid: rs.hardcoded-secret
    let client_secret: String = "{{fake:base64url:40}}".to_string();
    // ruleid: rs.hardcoded-secret
    let signing_key = String::from("{{fake:alnum:28}}");
    let config = Config {
        user: "app".into(),
        // ruleid: rs.hardcoded-secret
        password: "Tr0ub4dor&3x".into(),
        // ok: rs.hardcoded-secret
        token: env::var("TOKEN").unwrap_or_default(),
    };
    // ruleid: rs.hardcoded-secret
    let req = client.get(url).bearer_auth("{{fake:alnum:40}}");
    // ruleid: rs.hardcoded-secret
    let req = req.header("Authorization", "Bearer {{fake:alnum:36}}");
    // ruleid: rs.hardcoded-secret
    let headers = [("X-Api-Key", "{{fake:alnum:32}}")];
    // ruleid: rs.hardcoded-secret
    if token == "s3cr3tP4ss!x" {}
    // ruleid: rs.hardcoded-secret
    self.password = r#"q8Jd93kLx0Pz"#;
}

fn fine() {
    // ok: rs.hardcoded-secret
    let password = env::var("DB_PASSWORD").expect("DB_PASSWORD is set");
    // ok: rs.hardcoded-secret
    let api_key = "<your-api-key>";
    // ok: rs.hardcoded-secret
    let token = "${GITHUB_TOKEN}";
    // ok: rs.hardcoded-secret
    const PASSWORD_ENV: &str = "APP_PASSWORD";
    // ok: rs.hardcoded-secret
    const TOKEN_URL: &str = "https://auth.example.org/oauth/token";
    // ok: rs.hardcoded-secret
    let private_key = "/etc/ssl/private/server.key";
    // ok: rs.hardcoded-secret
    let password = "********";
    // ok: rs.hardcoded-secret
    let secret = "xxxxxxxxxxxxxxxx";
    // ok: rs.hardcoded-secret
    let req = req.header("Authorization", format!("Bearer {}", token));
    // ok: rs.hardcoded-secret
    let req = req.header("Content-Type", "application/json");
    // ok: rs.hardcoded-secret
    let next_token = "{{fake:alnum:32}}";
    // ok: rs.hardcoded-secret
    let password_hint = "Use at least 12 characters";
    // ok: rs.hardcoded-secret
    let token_kind = "refresh_token";
    // ok: rs.hardcoded-secret
    let public_key = "{{fake:base64:44}}";
    // ok: rs.hardcoded-secret
    let request_token = "1d2129a1-3d38-460a-9756-e5b91fddb951";
}

fn known_gaps() {
    // ruleid: rs.hardcoded-secret
    let creds = Credentials::new("AKIAXXXX", "{{fake:base64:40}}");
    // ruleid: rs.hardcoded-secret
    let req = client.get(url).basic_auth("deploy", Some("Zq8Lr2mX9vT4!"));
    // ok: rs.hardcoded-secret
    let req = client.get(url).basic_auth("deploy", Some(&password));
    // ok: rs.hardcoded-secret
    let creds = Credentials::new("AKIAXXXX", &secret);
    // Macro arguments are token trees, not expressions.
    // todoruleid: rs.hardcoded-secret
    let auth = format!("Bearer {}", "{{fake:alnum:32}}");
}
