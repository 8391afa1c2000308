;; ---
;; id = "rs.unsafe-block"
;; title = "unsafe block"
;; severity = "info"
;; confidence = "low"
;; cwe = 676
;; message = "`unsafe` block: the compiler no longer checks memory safety here"
;; report = "keyword"
;; tags = ["memory-safety", "audit"]
;; ---
;; ## Why it matters
;; Inside `unsafe` the programmer, not the compiler, guarantees that pointers are valid,
;; aliasing rules hold and data races cannot happen. A mistake is undefined behaviour:
;; memory corruption that can become remote code execution. Most `unsafe` is correct and
;; necessary (FFI, performance), so this rule is informational: it lists places to audit.
;;
;; ## How to fix
;; Prefer a safe API when one exists. Keep each block small and put a `// SAFETY:` comment
;; above it that says why every requirement of the unsafe operations holds. Consider
;; `#![forbid(unsafe_code)]` in crates that do not need it.
;;
;; ## Safe example
;; ```rust
;; let bytes = value.to_ne_bytes(); // instead of transmuting or reading through a raw pointer
;; ```

(unsafe_block . "unsafe" @keyword) @finding
