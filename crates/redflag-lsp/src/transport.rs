//! The stdin side of the wire, in front of tower-lsp's codec. That codec's stream ends for
//! good after one undecodable message (tokio-util's `FramedRead` fuses on the first decode
//! error), so a single malformed message would stop the server. This pump frames messages
//! itself, passes well-formed ones on unchanged and replaces each malformed one with a
//! `redflag/invalidMessage` notification the server logs, so serving goes on.

use serde_json::{Value, json};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// Larger messages are skipped (a 50 MB document is about 50 MB of JSON).
pub const MAX_MESSAGE_BYTES: usize = 512 << 20;
const MAX_HEADER_LINE: u64 = 8 << 10;
pub const INVALID_MESSAGE: &str = "redflag/invalidMessage";

/// Copies framed messages from `input` to `output` until `input` ends.
pub async fn pump(mut input: impl AsyncBufRead + Unpin, mut output: impl AsyncWrite + Unpin) {
    loop {
        let header = match read_header(&mut input).await {
            Some(header) => header,
            None => return,
        };
        let forwarded = match header {
            Header::Length(length) if length > MAX_MESSAGE_BYTES => {
                let skipped = tokio::io::copy(
                    &mut (&mut input).take(length as u64),
                    &mut tokio::io::sink(),
                )
                .await;
                if skipped.is_err() {
                    return;
                }
                invalid(&format!(
                    "message of {length} bytes is over the {MAX_MESSAGE_BYTES} byte limit"
                ))
            }
            Header::Length(length) => {
                let mut body = vec![0; length];
                if input.read_exact(&mut body).await.is_err() {
                    return;
                }
                match check(&body) {
                    Ok(()) => body,
                    Err(reason) => invalid(&reason),
                }
            }
            Header::Invalid(reason) => invalid(&reason),
        };
        let frame = format!("Content-Length: {}\r\n\r\n", forwarded.len());
        let written = async {
            output.write_all(frame.as_bytes()).await?;
            output.write_all(&forwarded).await?;
            output.flush().await
        };
        if written.await.is_err() {
            return;
        }
    }
}

enum Header {
    Length(usize),
    Invalid(String),
}

/// Reads one header block; `None` at the end of the input.
async fn read_header(input: &mut (impl AsyncBufRead + Unpin)) -> Option<Header> {
    let mut length = None;
    let mut problem = None;
    let mut seen_any = false;
    loop {
        let mut line = Vec::new();
        let read = input
            .take(MAX_HEADER_LINE)
            .read_until(b'\n', &mut line)
            .await
            .ok()?;
        if read == 0 {
            return None;
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if !seen_any {
                continue;
            }
            break;
        }
        seen_any = true;
        match text.split_once(':') {
            Some((name, value)) if name.trim().eq_ignore_ascii_case("content-length") => {
                match value.trim().parse::<usize>() {
                    Ok(n) => length = Some(n),
                    Err(_) => problem = Some(format!("bad Content-Length `{}`", value.trim())),
                }
            }
            Some(_) => {}
            None => problem = Some("a header line without `:`".into()),
        }
    }
    Some(match (problem, length) {
        (None, Some(length)) => Header::Length(length),
        (Some(problem), _) => Header::Invalid(problem),
        (None, None) => Header::Invalid("no Content-Length header".into()),
    })
}

/// Whether `body` is a JSON-RPC 2.0 message tower-lsp can decode.
fn check(body: &[u8]) -> Result<(), String> {
    let value: Value = serde_json::from_slice(body).map_err(|e| format!("not JSON: {e}"))?;
    let object = value.as_object().ok_or("not a JSON object")?;
    if object.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return Err("`jsonrpc` is not \"2.0\"".into());
    }
    let id_ok = object
        .get("id")
        .is_none_or(|id| id.is_null() || id.is_string() || id.is_i64() || id.is_u64());
    if !id_ok {
        return Err("`id` is not a number or a string".into());
    }
    match object.get("method") {
        Some(Value::String(_)) => Ok(()),
        Some(_) => Err("`method` is not a string".into()),
        None if object.contains_key("id")
            && (object.contains_key("result") || object.contains_key("error")) =>
        {
            Ok(())
        }
        None => Err("neither a request, a notification nor a response".into()),
    }
}

fn invalid(reason: &str) -> Vec<u8> {
    let message =
        json!({"jsonrpc": "2.0", "method": INVALID_MESSAGE, "params": {"reason": reason}});
    message.to_string().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn run(input: &[u8]) -> String {
        let mut out = Vec::new();
        pump(input, &mut out).await;
        String::from_utf8_lossy(&out).into_owned()
    }

    #[tokio::test]
    async fn good_frames_pass_and_bad_ones_become_notes() {
        let good = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        let input = format!(
            "Content-Length: 9\r\n\r\n{{not json\
             Content-Length: {}\r\n\r\n{good}\
             Content-Length: x\r\n\r\n\
             Content-Length: 2\r\n\r\n[]",
            good.len()
        );
        let out = run(input.as_bytes()).await;
        assert_eq!(out.matches(INVALID_MESSAGE).count(), 3, "{out}");
        assert!(out.contains(good));
    }
}
