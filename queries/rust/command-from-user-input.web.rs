use axum::extract::{Path, Query};
use tokio::process::Command as Proc;

async fn run_tool(path: Path<String>, query: Query<Params>, Path(name): Path<String>) -> String {
    // ruleid: rs.command-from-user-input, rs.command-program-non-literal
    let out = Proc::new(&path.0).output().await.unwrap();
    // ruleid: rs.command-from-user-input, rs.command-program-non-literal
    let out2 = Proc::new(&query.tool).output().await.unwrap();
    // ruleid: rs.command-from-user-input, rs.command-program-non-literal
    let out3 = Proc::new(query.into_inner().tool).output().await.unwrap();
    // ok: rs.command-from-user-input
    let ok1 = Proc::new("convert").arg(&path.0).output().await.unwrap();
    // ok: rs.command-from-user-input, rs.command-program-non-literal
    let ok2 = Proc::new(TOOL_PATH).output().await.unwrap();
    // A destructured extractor (`Path(name)`) needs the data-flow analysis: only the audit rule sees it.
    // ruleid: rs.command-program-non-literal
    let later = Proc::new(&name).output().await.unwrap();
    String::new()
}

struct Tool(String);

impl Tool {
    fn run(&self) {
        // ok: rs.command-from-user-input
        // ruleid: rs.command-program-non-literal
        std::process::Command::new(&self.0).status().unwrap();
    }
}
