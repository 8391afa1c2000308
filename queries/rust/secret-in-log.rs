use log::{debug, info};
use tracing::warn as tw;

struct Login {
    user: String,
    password: String,
    api_key: String,
}

fn login(user: &str, password: &str, token: Option<String>, cfg: &Login) {
    // ruleid: rs.secret-in-log
    info!("login attempt for {} with {}", user, password);
    // ruleid: rs.secret-in-log
    debug!("using key {:?}", cfg.api_key);
    // ruleid: rs.secret-in-log
    tw!(?token, "refresh failed");
    // ruleid: rs.secret-in-log
    log::error!("login failed for {user} with {password}");
    // ruleid: rs.secret-in-log
    println!("session token: {}", token.clone().unwrap());
    // ruleid: rs.secret-in-log
    dbg!(password);
    // ok: rs.secret-in-log
    info!("login attempt for {}", user);
    // ok: rs.secret-in-log
    info!("password length {}", password.len());
    // ok: rs.secret-in-log
    debug!("has token: {}", token.is_some());
    // ok: rs.secret-in-log
    info!("password changed for {}", cfg.user);
    // ok: rs.secret-in-log
    debug!("password file at {}", password_file);
    // ok: rs.secret-in-log
    debug!("fetching page {}", next_token);
    // ok: rs.secret-in-log
    info!("key {}", redact(&cfg.api_key));
    // ok: rs.secret-in-log
    info!("check {}", verify_password(password));
    // ok: rs.secret-in-log
    let msg = format!("{}", password);
    // ok: rs.secret-in-log
    debug!("lexed {:?} at {}", token.kind, token.start);
    // ruleid: rs.secret-in-log
    tw!(password = %password.as_str(), "login");
}

#[cfg(test)]
mod tests {
    #[test]
    fn prints_in_tests() {
        // ok: rs.secret-in-log
        println!("{}", password);
    }
}

#[tracing::instrument]
// ruleid: rs.secret-in-log
async fn sign_in(user: &str, password: &str) {}

#[tracing::instrument(skip(password))]
// ok: rs.secret-in-log
async fn sign_in_skipping(user: &str, password: &str) {}

#[tracing::instrument]
// ok: rs.secret-in-log
async fn sign_in_secret(user: &str, password: secrecy::SecretString) {}

#[instrument(level = "debug")]
/// Refreshes the session.
// ok: rs.secret-in-log
fn refresh(session_id: u64, token_url: &str) {}
