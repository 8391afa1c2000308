;; ---
;; # Rule format: queries/README.md
;; id = "rs.allocation-size-from-input"
;; title = "Allocation sized by a number read from input"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 789
;; message = "`{{size}}` is read from the input and sizes an allocation unchecked: a crafted value makes the process allocate gigabytes and abort"
;; report = "size"
;; tags = ["dos", "memory"]
;; references = ["https://doc.rust-lang.org/std/vec/struct.Vec.html#method.try_reserve", "https://doc.rust-lang.org/std/alloc/fn.handle_alloc_error.html", "https://cwe.mitre.org/data/definitions/789.html"]
;; ---
;; ## Why it matters
;; A length field read from a file or socket (`read_u32::<BigEndian>()`, `u32::from_le_bytes`),
;; a number parsed from a request or the command line (`.parse()`) can be anything up to
;; `u64::MAX`. Passed straight to `Vec::with_capacity`, `vec![0; n]`, `String::with_capacity`,
;; `reserve` or `resize`, a single small message asks for gigabytes: Rust aborts the process on
;; allocation failure (or the machine starts swapping), a denial of service for the cost of a
;; few bytes. Only the shapes where the number is read in the same expression, or in the
;; statement just before with nothing in between, are reported; a bound (`.min(..)`,
;; `clamp`, a comparison in between) suppresses the finding.
;;
;; ## How to fix
;; Check the value against a limit that makes sense for the format before allocating (and
;; against the bytes actually left in the input), use `try_reserve` and handle the error, or
;; let the vector grow as data really arrives (`read_to_end` on `reader.take(limit)`).
;;
;; ## Safe example
;; ```rust
;; let len = reader.read_u32::<BigEndian>()? as usize;
;; if len > MAX_FRAME {
;;     return Err(Error::FrameTooLarge(len));
;; }
;; let mut frame = vec![0u8; len];
;; ```

; Vec::with_capacity(reader.read_u32::<LE>()? as usize), String::with_capacity(args[1].parse()?)
((call_expression function: [(scoped_identifier) (generic_function)] @_ctor arguments: (arguments . (_) @size .))
  (#resolves-to? @_ctor "std::vec::Vec::with_capacity" "alloc::vec::Vec::with_capacity" "Vec::with_capacity"
    "std::string::String::with_capacity" "String::with_capacity"
    "std::collections::VecDeque::with_capacity" "VecDeque::with_capacity"
    "std::collections::HashMap::with_capacity" "HashMap::with_capacity"
    "std::collections::HashSet::with_capacity" "HashSet::with_capacity"
    "bytes::BytesMut::with_capacity" "BytesMut::with_capacity"
    "smallvec::SmallVec::with_capacity" "SmallVec::with_capacity")
  (#match? @size "\\bread_[ui](?:32|64|128|size)\\b|\\bread_[ui](?:32|64)_(?:le|be)\\b|\\bread_(?:var_?int|uleb128|leb128)|\\b[ui](?:32|64|128|size)\\s*::\\s*from_(?:be|le|ne)_bytes\\b|\\benv\\s*::\\s*args(?:_os)?\\s*\\(\\s*\\)|\\.\\s*parse\\s*(?:::\\s*<\\s*(?:usize|u64|u32|u16|isize|i64|i32)\\s*>)?\\s*\\(\\s*\\)")
  (#not-match? @size "\\b(?:min|clamp)\\s*\\(")
  (#not-in-test? @size)) @finding

; buf.resize(u32::from_be_bytes(head) as usize, 0), v.reserve(n.parse().unwrap())
((call_expression function: (field_expression field: (field_identifier) @_method) arguments: (arguments . (_) @size))
  (#any-of? @_method "reserve" "reserve_exact" "resize" "resize_with")
  (#match? @size "\\bread_[ui](?:32|64|128|size)\\b|\\bread_[ui](?:32|64)_(?:le|be)\\b|\\bread_(?:var_?int|uleb128|leb128)|\\b[ui](?:32|64|128|size)\\s*::\\s*from_(?:be|le|ne)_bytes\\b|\\benv\\s*::\\s*args(?:_os)?\\s*\\(\\s*\\)|\\.\\s*parse\\s*(?:::\\s*<\\s*(?:usize|u64|u32|u16|isize|i64|i32)\\s*>)?\\s*\\(\\s*\\)")
  (#not-match? @size "\\b(?:min|clamp)\\s*\\(")
  (#not-in-test? @size)) @finding

; vec![0u8; rdr.read_u64::<BigEndian>()? as usize]
((macro_invocation macro: (identifier) @_vec (token_tree) @size)
  (#eq? @_vec "vec")
  (#match? @size ";[^;]*(?:\\bread_[ui](?:32|64|128|size)\\b|\\bread_[ui](?:32|64)_(?:le|be)\\b|\\bread_(?:var_?int|uleb128|leb128)|\\b[ui](?:32|64|128|size)\\s*::\\s*from_(?:be|le|ne)_bytes\\b|\\benv\\s*::\\s*args(?:_os)?\\s*\\(\\s*\\)|\\.\\s*parse\\s*(?:::\\s*<\\s*(?:usize|u64|u32|u16|isize|i64|i32)\\s*>)?\\s*\\(\\s*\\))")
  (#not-match? @size ";[^;]*(?:\\b(?:min|clamp)\\s*\\()")
  (#not-in-test? @size)) @finding

; let len = r.read_u32::<LE>()? as usize; let mut buf = vec![0u8; len];
((block
  (let_declaration pattern: (identifier) @_n value: (_) @_src)
  .
  [(line_comment) (block_comment)]*
  .
  [(let_declaration value: (macro_invocation macro: (identifier) @_vec (token_tree (identifier) @size .) @_tt))
   (let_declaration value: (try_expression (macro_invocation macro: (identifier) @_vec (token_tree (identifier) @size .) @_tt)))
   (expression_statement (macro_invocation macro: (identifier) @_vec (token_tree (identifier) @size .) @_tt))])
  (#eq? @_n @size)
  (#eq? @_vec "vec")
  (#match? @_tt "^\\[[^;]*;\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\]$")
  (#match? @_src "\\bread_[ui](?:32|64|128|size)\\b|\\bread_[ui](?:32|64)_(?:le|be)\\b|\\bread_(?:var_?int|uleb128|leb128)|\\b[ui](?:32|64|128|size)\\s*::\\s*from_(?:be|le|ne)_bytes\\b|\\benv\\s*::\\s*args(?:_os)?\\s*\\(\\s*\\)|\\.\\s*parse\\s*(?:::\\s*<\\s*(?:usize|u64|u32|u16|isize|i64|i32)\\s*>)?\\s*\\(\\s*\\)")
  (#not-match? @_src "\\b(?:min|clamp)\\s*\\(")
  (#not-in-test? @size)) @finding

; let n: usize = line.parse()?; let mut v = Vec::with_capacity(n);
((block
  (let_declaration pattern: (identifier) @_n value: (_) @_src)
  .
  [(line_comment) (block_comment)]*
  .
  [(let_declaration value: (call_expression function: [(scoped_identifier) (generic_function)] @_ctor arguments: (arguments . (identifier) @size .)))
   (let_declaration value: (try_expression (call_expression function: [(scoped_identifier) (generic_function)] @_ctor arguments: (arguments . (identifier) @size .))))
   (expression_statement (call_expression function: [(scoped_identifier) (generic_function)] @_ctor arguments: (arguments . (identifier) @size .)))])
  (#eq? @_n @size)
  (#resolves-to? @_ctor "std::vec::Vec::with_capacity" "alloc::vec::Vec::with_capacity" "Vec::with_capacity"
    "std::string::String::with_capacity" "String::with_capacity"
    "std::collections::VecDeque::with_capacity" "VecDeque::with_capacity"
    "std::collections::HashMap::with_capacity" "HashMap::with_capacity"
    "std::collections::HashSet::with_capacity" "HashSet::with_capacity"
    "bytes::BytesMut::with_capacity" "BytesMut::with_capacity"
    "smallvec::SmallVec::with_capacity" "SmallVec::with_capacity")
  (#match? @_src "\\bread_[ui](?:32|64|128|size)\\b|\\bread_[ui](?:32|64)_(?:le|be)\\b|\\bread_(?:var_?int|uleb128|leb128)|\\b[ui](?:32|64|128|size)\\s*::\\s*from_(?:be|le|ne)_bytes\\b|\\benv\\s*::\\s*args(?:_os)?\\s*\\(\\s*\\)|\\.\\s*parse\\s*(?:::\\s*<\\s*(?:usize|u64|u32|u16|isize|i64|i32)\\s*>)?\\s*\\(\\s*\\)")
  (#not-match? @_src "\\b(?:min|clamp)\\s*\\(")
  (#not-in-test? @size)) @finding

; let n = u32::from_le_bytes(hdr) as usize; buf.resize(n, 0);
((block
  (let_declaration pattern: (identifier) @_n value: (_) @_src)
  .
  [(line_comment) (block_comment)]*
  .
  [(let_declaration value: (call_expression function: (field_expression field: (field_identifier) @_method) arguments: (arguments . (identifier) @size)))
   (let_declaration value: (try_expression (call_expression function: (field_expression field: (field_identifier) @_method) arguments: (arguments . (identifier) @size))))
   (expression_statement (call_expression function: (field_expression field: (field_identifier) @_method) arguments: (arguments . (identifier) @size)))])
  (#eq? @_n @size)
  (#any-of? @_method "reserve" "reserve_exact" "resize" "resize_with")
  (#match? @_src "\\bread_[ui](?:32|64|128|size)\\b|\\bread_[ui](?:32|64)_(?:le|be)\\b|\\bread_(?:var_?int|uleb128|leb128)|\\b[ui](?:32|64|128|size)\\s*::\\s*from_(?:be|le|ne)_bytes\\b|\\benv\\s*::\\s*args(?:_os)?\\s*\\(\\s*\\)|\\.\\s*parse\\s*(?:::\\s*<\\s*(?:usize|u64|u32|u16|isize|i64|i32)\\s*>)?\\s*\\(\\s*\\)")
  (#not-match? @_src "\\b(?:min|clamp)\\s*\\(")
  (#not-in-test? @size)) @finding
