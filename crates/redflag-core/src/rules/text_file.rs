//! Text (secret-format) rule files: TOML with gitleaks-like field names, several rules a file.

use super::lazy_regex::LazyRegex;
use super::{
    AllowTarget, Allowlist, GenericCheck, GenericMatcher, Location, Matcher, Rule, RuleError,
    RuleErrorKind, SecretCheck, TextMatcher,
};
use super::{Category, Confidence, Severity};
use crate::languages::Language;
use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextRuleFile {
    #[serde(default)]
    rules: Vec<Spanned<TextRuleSpec>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextRuleSpec {
    id: String,
    #[serde(alias = "description")]
    title: String,
    #[serde(default = "default_severity")]
    severity: Severity,
    #[serde(default = "default_confidence")]
    confidence: Confidence,
    #[serde(default)]
    category: Option<Category>,
    #[serde(default = "default_cwe")]
    cwe: Option<u32>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    docs: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    references: Vec<String>,
    #[serde(default)]
    regex: Option<Spanned<String>>,
    /// A check built into the engine instead of a regex (`assignments`).
    #[serde(default)]
    check: Option<Spanned<String>>,
    #[serde(default)]
    secret_group: Option<usize>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    entropy: Option<f64>,
    #[serde(default)]
    min_length: Option<usize>,
    #[serde(default)]
    checksum: Option<Spanned<String>>,
    #[serde(default)]
    languages: Vec<Spanned<String>>,
    #[serde(default)]
    allowlists: Vec<AllowlistSpec>,
    #[serde(default)]
    context: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AllowlistSpec {
    #[serde(default)]
    regex_target: AllowTarget,
    #[serde(default)]
    regexes: Vec<Spanned<String>>,
    #[serde(default)]
    stopwords: Vec<String>,
}

fn default_severity() -> Severity {
    Severity::Error
}
fn default_confidence() -> Confidence {
    Confidence::High
}
fn default_cwe() -> Option<u32> {
    Some(798)
}

/// Shared documentation for secret formats that do not bring their own.
const SECRET_DOCS: &str = "\
## Why it matters
A credential committed to source code is readable by everyone who can read the repository, \
its forks, its CI logs and every clone, forever: removing it in a later commit does not \
remove it from history. Attackers scan public and leaked repositories for these formats \
within minutes.

## How to fix
1. Revoke or rotate the credential at the provider now; assume it is compromised.
2. Read it at run time from the environment or a secret manager instead.
3. If it was already committed, rewrite history or treat it as public.

## Safe example
```python
import os
token = os.environ[\"SERVICE_TOKEN\"]
```";

pub(super) fn parse(path: &str, text: &str) -> Result<Vec<Rule>, RuleError> {
    let at = |offset: usize| Location::at_offset(path, text, offset);
    let file: TextRuleFile = toml::from_str(text).map_err(|e| {
        let location = e
            .span()
            .map_or_else(|| Location::new(path, 1, 1), |s| at(s.start));
        RuleError::new(location, RuleErrorKind::Toml(e.message().to_string()))
    })?;
    if file.rules.is_empty() {
        return Err(RuleError::new(
            Location::new(path, 1, 1),
            RuleErrorKind::Invalid("no `[[rules]]` in this file".into()),
        ));
    }

    file.rules
        .into_iter()
        .map(|spanned| {
            let start = spanned.span().start;
            let spec = spanned.into_inner();
            build(spec, at(start), &at)
        })
        .collect()
}

fn build(
    spec: TextRuleSpec,
    origin: Location,
    at: &dyn Fn(usize) -> Location,
) -> Result<Rule, RuleError> {
    let invalid = |loc: Location, msg: String| RuleError::new(loc, RuleErrorKind::Invalid(msg));
    super::load::check_id(&spec.id).map_err(|m| invalid(origin.clone(), m))?;

    let languages = spec
        .languages
        .iter()
        .map(|name| {
            Language::from_name(name.get_ref()).ok_or_else(|| {
                invalid(
                    at(name.span().start),
                    format!("unknown language `{}`", name.get_ref()),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let pattern = match (&spec.regex, &spec.check) {
        (Some(regex), None) => regex,
        (None, Some(check)) => {
            let kind = match check.get_ref().as_str() {
                "assignments" => GenericCheck::Assignments,
                "password-literals" => GenericCheck::PasswordLiterals,
                "malformed-suppressions" => GenericCheck::MalformedSuppressions,
                "suppress-all" => GenericCheck::SuppressAll,
                "unused-suppressions" => GenericCheck::UnusedSuppressions,
                "expired-suppressions" => GenericCheck::ExpiredSuppressions,
                other => {
                    return Err(invalid(
                        at(check.span().start),
                        format!(
                            "unknown check `{other}` (known: assignments, password-literals, \
                             malformed-suppressions, suppress-all, unused-suppressions, \
                             expired-suppressions)"
                        ),
                    ));
                }
            };
            let matcher = Matcher::Generic(GenericMatcher {
                check: kind,
                languages,
            });
            return Ok(rule(spec, origin, matcher));
        }
        _ => {
            return Err(invalid(
                origin,
                format!(
                    "rule `{}` needs exactly one of `regex` and `check`",
                    spec.id
                ),
            ));
        }
    };
    let regex = lazy_regex(pattern, at)?;
    let secret_group = spec
        .secret_group
        .unwrap_or(usize::from(regex.captures_len() > 1));
    if secret_group >= regex.captures_len() {
        return Err(invalid(
            at(pattern.span().start),
            format!(
                "secret_group {secret_group} does not exist: the regex has {} groups",
                regex.captures_len() - 1
            ),
        ));
    }
    if let Some(name) = &spec.checksum
        && !crate::secrets::checksum::KNOWN.contains(&name.get_ref().as_str())
    {
        return Err(invalid(
            at(name.span().start),
            format!(
                "unknown checksum `{}` (known: {})",
                name.get_ref(),
                crate::secrets::checksum::KNOWN.join(", ")
            ),
        ));
    }

    let allowlists = spec
        .allowlists
        .iter()
        .map(|a| {
            Ok(Allowlist {
                target: a.regex_target,
                regexes: a
                    .regexes
                    .iter()
                    .map(|r| lazy_regex(r, at))
                    .collect::<Result<_, _>>()?,
                stopwords: a.stopwords.iter().map(|s| s.to_lowercase()).collect(),
            })
        })
        .collect::<Result<Vec<_>, RuleError>>()?;

    let context = spec
        .context
        .iter()
        .map(|r| lazy_regex(r, at))
        .collect::<Result<Vec<_>, RuleError>>()?;

    let matcher = Matcher::Text(TextMatcher {
        regex,
        secret_group,
        keywords: spec.keywords.iter().map(|k| k.to_lowercase()).collect(),
        check: SecretCheck {
            min_entropy: spec.entropy.unwrap_or(0.0),
            min_length: spec.min_length.unwrap_or(0),
            ..SecretCheck::default()
        },
        allowlists,
        context,
        checksum: spec.checksum.clone().map(Spanned::into_inner),
        languages,
    });
    let docs_missing =
        spec.docs.is_none() && spec.category.unwrap_or(Category::Secret) != Category::Secret;
    if docs_missing {
        return Err(invalid(origin, format!("rule `{}` has no `docs`", spec.id)));
    }
    Ok(rule(spec, origin, matcher))
}

/// The rule a spec describes, with the shared secret documentation where it brings none.
fn rule(spec: TextRuleSpec, origin: Location, matcher: Matcher) -> Rule {
    let category = spec.category.unwrap_or(Category::Secret);
    let docs = match spec.docs {
        Some(docs) if category == Category::Secret => format!("{}\n\n{SECRET_DOCS}", docs.trim()),
        Some(docs) => docs,
        None => SECRET_DOCS.to_string(),
    };
    Rule {
        message: spec.message.unwrap_or_else(|| spec.title.clone()),
        id: spec.id,
        title: spec.title,
        severity: spec.severity,
        confidence: spec.confidence,
        category,
        cwe: spec.cwe,
        docs,
        tags: spec.tags,
        references: spec.references,
        fix: None,
        origin,
        matcher,
    }
}

fn lazy_regex(
    pattern: &Spanned<String>,
    at: &dyn Fn(usize) -> Location,
) -> Result<LazyRegex, RuleError> {
    LazyRegex::new(pattern.get_ref()).map_err(|e| regex_error(pattern, at, e.to_string()))
}

fn regex_error(
    pattern: &Spanned<String>,
    at: &dyn Fn(usize) -> Location,
    message: String,
) -> RuleError {
    RuleError::new(at(pattern.span().start), RuleErrorKind::Regex(message))
}
