//! Query rule files: a TOML header between `;; ---` fences, Markdown docs as comments, then
//! the tree-sitter query. Header and docs are query comments, so the file compiles as is and
//! query errors point at the right line.

use super::{Category, Confidence, QueryKind, Severity};
use super::{
    FixSpec, Location, Matcher, QueryMatcher, Rule, RuleError, RuleErrorKind, SecretCheck,
};
use crate::languages::Language;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    id: String,
    title: String,
    severity: Severity,
    confidence: Confidence,
    #[serde(default)]
    category: Option<Category>,
    #[serde(default)]
    cwe: Option<u32>,
    message: String,
    #[serde(default)]
    report: Option<String>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    requires: Option<toml::Spanned<Requires>>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    references: Vec<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    fix: Option<FixSpec>,
    #[serde(default)]
    secret: Option<SecretCheck>,
    /// `pattern` (default) or `flow`.
    #[serde(default)]
    kind: QueryKind,
}

/// `requires`: one regex, or a list of regexes that must all match.
#[derive(Deserialize)]
#[serde(untagged)]
enum Requires {
    One(String),
    All(Vec<String>),
}

impl Requires {
    fn patterns(&self) -> &[String] {
        match self {
            Requires::One(pattern) => std::slice::from_ref(pattern),
            Requires::All(patterns) => patterns,
        }
    }
}

/// A header line's place in the file, to map TOML error offsets back.
struct HeaderLine {
    file_line: usize,
    prefix_len: usize,
}

const FENCE: &str = ";; ---";

pub(super) fn parse(
    path: &str,
    text: &str,
    folder_language: Option<&str>,
) -> Result<Rule, RuleError> {
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let header_error = |line: usize, msg: &str| {
        RuleError::new(
            Location::new(path, line + 1, 1),
            RuleErrorKind::Header(msg.to_string()),
        )
    };

    let open = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    if lines.get(open).map(|l| l.trim_end()) != Some(FENCE) {
        return Err(header_error(
            open,
            "a query rule starts with a `;; ---` line opening its TOML header",
        ));
    }
    let close = (open + 1..lines.len())
        .find(|&i| lines[i].trim_end() == FENCE)
        .ok_or_else(|| {
            header_error(
                open,
                "the TOML header opened here is not closed by a `;; ---` line",
            )
        })?;

    let mut header_text = String::new();
    let mut header_lines = Vec::new();
    for (i, line) in lines.iter().enumerate().take(close).skip(open + 1) {
        let Some(rest) = line.strip_prefix(";;") else {
            return Err(header_error(i, "every header line starts with `;;`"));
        };
        let prefix_len = 2 + usize::from(rest.starts_with(' '));
        header_text.push_str(&line[prefix_len..]);
        header_text.push('\n');
        header_lines.push(HeaderLine {
            file_line: i + 1,
            prefix_len,
        });
    }

    let header: Header = toml::from_str(&header_text).map_err(|e| {
        let location = e.span().map_or_else(
            || Location::new(path, open + 1, 1),
            |span| header_location(path, &header_text, &header_lines, span.start),
        );
        RuleError::new(location, RuleErrorKind::Toml(e.message().to_string()))
    })?;

    let docs = collect_docs(&lines[close + 1..]);
    let at_header = Location::new(path, open + 1, 1);
    let invalid = |msg: String| RuleError::new(at_header.clone(), RuleErrorKind::Invalid(msg));
    if docs.trim().is_empty() {
        return Err(invalid(format!(
            "rule `{}` has no documentation: add `;;` comment lines after the header (why it matters, how to fix, a safe example)",
            header.id
        )));
    }
    super::load::check_id(&header.id).map_err(invalid)?;

    let language_name = header
        .language
        .as_deref()
        .or(folder_language)
        .ok_or_else(|| {
            invalid("no language: put the rule under queries/<language>/ or set `language`".into())
        })?;
    let requires = match &header.requires {
        Some(requires) => {
            let at = header_location(path, &header_text, &header_lines, requires.span().start);
            let compile = |pattern: &String| {
                super::lazy_regex::build(pattern)
                    .map_err(|e| RuleError::new(at.clone(), RuleErrorKind::Regex(e.to_string())))
            };
            requires
                .get_ref()
                .patterns()
                .iter()
                .map(compile)
                .collect::<Result<_, _>>()?
        }
        None => Vec::new(),
    };
    if header.kind == QueryKind::Flow && header.secret.is_some() {
        return Err(invalid(
            "a flow rule cannot check a secret: `[secret]` is for pattern rules".into(),
        ));
    }
    let default_report = match header.kind {
        QueryKind::Pattern => "finding",
        QueryKind::Flow => "sink",
    };
    let language = Language::from_name(language_name)
        .filter(|l| l.grammar().is_some())
        .ok_or_else(|| {
            invalid(format!(
                "language `{language_name}` has no tree-sitter grammar in redflag"
            ))
        })?;

    Ok(Rule {
        id: header.id,
        title: header.title,
        severity: header.severity,
        confidence: header.confidence,
        category: header.category.unwrap_or(Category::InsecurePattern),
        cwe: header.cwe,
        message: header.message,
        docs,
        tags: header.tags,
        references: header.references,
        fix: header.fix,
        origin: at_header,
        matcher: Matcher::Query(QueryMatcher {
            language,
            source: text.to_string(),
            report: header.report.unwrap_or_else(|| default_report.to_string()),
            kind: header.kind,
            keywords: header.keywords,
            requires,
            secret: header.secret,
        }),
    })
}

fn header_location(path: &str, header: &str, lines: &[HeaderLine], offset: usize) -> Location {
    let inner = Location::at_offset(path, header, offset);
    match lines.get(inner.line - 1) {
        Some(l) => Location::new(path, l.file_line, inner.column + l.prefix_len),
        None => inner,
    }
}

/// The Markdown docs: comment lines after the header, up to the first line of query.
fn collect_docs(lines: &[&str]) -> String {
    let mut docs = Vec::new();
    for line in lines {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            docs.push("");
            continue;
        }
        let Some(comment) = trimmed.strip_prefix(';') else {
            break;
        };
        let comment = comment.strip_prefix(';').unwrap_or(comment);
        docs.push(comment.strip_prefix(' ').unwrap_or(comment));
    }
    docs.join("\n").trim().to_string()
}
