use axum::extract::Query;
use regex::{Regex, RegexBuilder as Builder};

async fn search(Query(params): Query<Params>, req: HttpRequest, body: String) {
    // ruleid: rs.regex-from-request-data
    let a = Regex::new(&params.pattern)?;
    // ruleid: rs.regex-from-request-data
    let b = Builder::new(req.query_string()).build()?;
    // ruleid: rs.regex-from-request-data
    let c = fancy_regex::Regex::new(&body)?;
    // ok: rs.regex-from-request-data
    let d = Regex::new(r"^[a-z]+$")?;
    // ok: rs.regex-from-request-data
    let e = Regex::new(&format!("^{}$", regex::escape(&params.name)))?;
    // ok: rs.regex-from-request-data
    let f = Regex::new(&config.allowed_pattern)?;
    // ok: rs.regex-from-request-data
    let g = Pattern::new(&params.pattern);
}
