//! How a language writes strings and comments, for the lexer-level secret check (it reads
//! every text file, grammar or not). Each entry picks one of these or its own.

/// String and comment syntax beyond the entry's line comments.
#[derive(Debug, Clone, Copy)]
pub struct Lexical {
    /// Characters that open a one-line string.
    pub quotes: &'static [u8],
    /// Delimiters of strings that may span lines (`"""`, `` ` ``); their text is not read.
    pub long_strings: &'static [&'static str],
    pub block_comments: &'static [(&'static str, &'static str)],
    /// Values may be bare words (`KEY=value`, `key: value`, `--password value`).
    pub bare_values: bool,
    /// Markup: elements and attributes (`<password>…</password>`, `key="…" value="…"`).
    pub markup: bool,
    /// Prose: a bare value counts only as the last word of its line.
    pub prose: bool,
    /// Bare values must look machine-made (comments of code, where prose shows code).
    pub strict_bare: bool,
    /// Documentation: its values are examples, so a secret-named value must look random on
    /// its own (made-up alphabets and UUIDs are how docs show a key).
    pub documentation: bool,
}

/// C, C++, C#, Java, JavaScript, Go, Kotlin, Swift, Scala, PHP, Rust, Dart, Groovy.
pub const C_LIKE: Lexical = Lexical {
    quotes: b"\"'",
    long_strings: &["\"\"\"", "`"],
    block_comments: &[("/*", "*/")],
    bare_values: false,
    markup: false,
    prose: false,
    strict_bare: false,
    documentation: false,
};

/// Python, Ruby, Perl, R, Elixir, PowerShell, Terraform: `#` comments, quoted values.
pub const SCRIPT: Lexical = Lexical {
    quotes: b"\"'",
    long_strings: &["\"\"\"", "'''"],
    block_comments: &[],
    bare_values: false,
    markup: false,
    prose: false,
    strict_bare: false,
    documentation: false,
};

/// Shell scripts, Dockerfiles, `.env`, INI, properties, YAML, `.npmrc`: bare values.
pub const CONFIG: Lexical = Lexical {
    quotes: b"\"'",
    long_strings: &[],
    block_comments: &[],
    bare_values: true,
    markup: false,
    prose: false,
    strict_bare: false,
    documentation: false,
};

/// XML, HTML, XAML, plists.
pub const MARKUP: Lexical = Lexical {
    quotes: b"\"'",
    long_strings: &[],
    block_comments: &[("<!--", "-->")],
    bare_values: false,
    markup: true,
    prose: false,
    strict_bare: false,
    documentation: false,
};

/// Notes, Markdown and any file redflag does not know.
pub const PROSE: Lexical = Lexical {
    quotes: b"\"'`",
    long_strings: &[],
    block_comments: &[],
    bare_values: true,
    markup: false,
    prose: true,
    strict_bare: false,
    documentation: false,
};

/// Comments of code: prose, but a bare value that is code (`token: input.parse()?`) or a
/// word is not a secret; only quoted or machine-made values count.
pub const CODE_COMMENT: Lexical = Lexical {
    strict_bare: true,
    ..PROSE
};

/// Markdown, reStructuredText, AsciiDoc.
pub const DOCUMENTATION: Lexical = Lexical {
    documentation: true,
    ..PROSE
};
