use std::env;

fn checks(trusted: &Path) {
    // ruleid: rs.argv0-trusted-for-security
    if env::current_exe()? == trusted {
        grant();
    }
    // ruleid: rs.argv0-trusted-for-security
    if env::args().nth(0).unwrap() != "/usr/bin/helper" {
        deny();
    }
    // ruleid: rs.argv0-trusted-for-security
    if std::env::current_exe()?.starts_with("/opt/app") {
        load_plugins();
    }
    // ok: rs.argv0-trusted-for-security
    eprintln!("usage: {} FILE", env::args().next().unwrap_or_default());
    // ok: rs.argv0-trusted-for-security
    if env::args().nth(1).as_deref() == Some("--help") {
        usage();
    }
    // ok: rs.argv0-trusted-for-security
    let exe = env::current_exe()?;
}
