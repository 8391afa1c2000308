//! Languages without a grammar here: files redflag recognises so that the lexer-level secret
//! check reads them with the right string and comment syntax (and suppressions use the right
//! comment marker). Query rules cannot target them; text rules and the generic check can.

use super::lexical::{C_LIKE, CONFIG, DOCUMENTATION, MARKUP, SCRIPT};

use super::{BASE, LanguageSupport};

const fn c_like(name: &'static str, extensions: &'static [&'static str]) -> LanguageSupport {
    LanguageSupport {
        name,
        extensions,
        line_comments: &["//"],
        lexical: C_LIKE,
        ..BASE
    }
}

const fn script(name: &'static str, extensions: &'static [&'static str]) -> LanguageSupport {
    LanguageSupport {
        name,
        extensions,
        line_comments: &["#"],
        lexical: SCRIPT,
        ..BASE
    }
}

pub(super) const C: LanguageSupport =
    c_like("c", &["c", "h", "cc", "cpp", "cxx", "hpp", "hh", "m", "mm"]);
pub(super) const CSHARP: LanguageSupport = c_like("csharp", &["cs", "csx"]);
pub(super) const KOTLIN: LanguageSupport = c_like("kotlin", &["kt", "kts"]);
pub(super) const SWIFT: LanguageSupport = c_like("swift", &["swift"]);
pub(super) const SCALA: LanguageSupport = c_like("scala", &["scala", "sc", "sbt"]);
pub(super) const DART: LanguageSupport = c_like("dart", &["dart"]);
pub(super) const GROOVY: LanguageSupport = LanguageSupport {
    file_names: &["jenkinsfile"],
    ..c_like("groovy", &["groovy", "gradle"])
};
pub(super) const PHP: LanguageSupport = LanguageSupport {
    line_comments: &["//", "#"],
    ..c_like("php", &["php", "phtml"])
};
pub(super) const RUBY: LanguageSupport = LanguageSupport {
    file_names: &["gemfile", "rakefile", "vagrantfile", "podfile", "fastfile"],
    interpreters: &["ruby"],
    ..script("ruby", &["rb", "rake", "gemspec", "erb"])
};
pub(super) const PERL: LanguageSupport = LanguageSupport {
    interpreters: &["perl"],
    ..script("perl", &["pl", "pm"])
};
pub(super) const R: LanguageSupport = script("r", &["r"]);
pub(super) const ELIXIR: LanguageSupport = script("elixir", &["ex", "exs"]);
pub(super) const POWERSHELL: LanguageSupport = LanguageSupport {
    interpreters: &["pwsh", "powershell"],
    ..script("powershell", &["ps1", "psm1", "psd1"])
};
pub(super) const HCL: LanguageSupport = LanguageSupport {
    line_comments: &["#", "//"],
    lexical: super::lexical::Lexical {
        block_comments: &[("/*", "*/")],
        ..SCRIPT
    },
    ..script("hcl", &["tf", "tfvars", "hcl", "nomad"])
};
pub(super) const LUA: LanguageSupport = LanguageSupport {
    line_comments: &["--"],
    ..script("lua", &["lua"])
};
pub(super) const SQL: LanguageSupport = LanguageSupport {
    line_comments: &["--"],
    lexical: CONFIG,
    ..script("sql", &["sql"])
};
pub(super) const PROPERTIES: LanguageSupport = LanguageSupport {
    name: "properties",
    file_names: &[".npmrc", ".yarnrc", ".netrc", "_netrc"],
    extensions: &["properties", "npmrc"],
    line_comments: &["#", "!"],
    lexical: CONFIG,
    ..BASE
};
pub(super) const XML: LanguageSupport = LanguageSupport {
    name: "xml",
    extensions: &[
        "xml", "config", "csproj", "vbproj", "fsproj", "props", "targets", "plist", "xaml", "html",
        "htm", "xhtml", "svg", "wsdl", "jsp", "aspx", "cshtml", "vue",
    ],
    line_comments: &[],
    lexical: MARKUP,
    ..BASE
};
pub(super) const MARKDOWN: LanguageSupport = LanguageSupport {
    name: "markdown",
    extensions: &["md", "markdown", "rst", "adoc"],
    line_comments: &[],
    lexical: DOCUMENTATION,
    ..BASE
};
