use axum::extract::{Path as UrlPath, Query};
use tokio::fs as afs;

async fn serve(file: UrlPath<String>, q: Query<Params>) -> Vec<u8> {
    // ruleid: rs.path-traversal-from-request
    let a = afs::read(format!("public/{}", file.0)).await.unwrap();
    // ruleid: rs.path-traversal-from-request
    afs::remove_file(format!("cache/{}", q.0.key)).await.unwrap();
    // ok: rs.path-traversal-from-request
    let b = afs::read("public/index.html").await.unwrap();
    a
}
