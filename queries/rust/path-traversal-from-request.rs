use actix_web::{web, HttpRequest, HttpResponse};
use std::fs;
use std::path::{Path, PathBuf};

async fn download(path: web::Path<String>, query: web::Query<FileQuery>, req: HttpRequest) -> HttpResponse {
    let base = "uploads";
    // ruleid: rs.path-traversal-from-request
    let bytes = fs::read(format!("{}/{}", base, path.0)).unwrap();
    // ruleid: rs.path-traversal-from-request
    let file = std::fs::File::open(&query.file).unwrap();
    // ruleid: rs.path-traversal-from-request
    let target = PathBuf::from("static").join(query.into_inner().file);
    // ruleid: rs.path-traversal-from-request
    let named = actix_files::NamedFile::open(req.match_info().query("filename"));
    // ruleid: rs.path-traversal-from-request
    let p = Path::new(base).join(&path.0);
    // ok: rs.path-traversal-from-request
    let safe = Path::new(base).join(Path::new(&path.0).file_name().unwrap());
    // ok: rs.path-traversal-from-request
    let fixed = fs::read("static/index.html").unwrap();
    // ok: rs.path-traversal-from-request
    let log = fs::write(format!("logs/{}.log", chrono_date()), "x");
    // ok: rs.path-traversal-from-request
    let len = query.file.len();
    HttpResponse::Ok().body(bytes)
}

struct Wrapper(PathBuf);

impl Wrapper {
    fn read(&self) -> Vec<u8> {
        // ok: rs.path-traversal-from-request
        fs::read(&self.0).unwrap()
    }
}
