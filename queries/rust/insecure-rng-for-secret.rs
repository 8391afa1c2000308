use rand::{rngs::SmallRng, Rng, SeedableRng};

fn make(user: &User) {
    // ruleid: rs.insecure-rng-for-secret
    let token: String = (0..32).map(|_| fastrand::alphanumeric()).collect();
    let mut rng = SmallRng::from_entropy();
    // ruleid: rs.insecure-rng-for-secret
    let session_id = SmallRng::seed_from_u64(42).gen::<u128>();
    // ruleid: rs.insecure-rng-for-secret
    let reset_code = format!("{}", SystemTime::now().duration_since(UNIX_EPOCH)?.as_nanos());
    // ok: rs.insecure-rng-for-secret
    let token: String = rand::thread_rng().sample_iter(&Alphanumeric).take(32).map(char::from).collect();
    // ok: rs.insecure-rng-for-secret
    let jitter = fastrand::u64(0..100);
    // ok: rs.insecure-rng-for-secret
    let salt = SaltString::generate(&mut OsRng);
    // ok: rs.insecure-rng-for-secret
    let token_expires = SystemTime::now() + Duration::from_secs(3600);
}
