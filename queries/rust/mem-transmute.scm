;; ---
;; id = "rs.mem-transmute"
;; title = "std::mem::transmute"
;; severity = "info"
;; confidence = "low"
;; cwe = 843
;; message = "`{{func}}` reinterprets bits as another type: a wrong size, layout or lifetime is undefined behaviour"
;; report = "func"
;; tags = ["memory-safety", "audit"]
;; references = ["https://doc.rust-lang.org/std/mem/fn.transmute.html#alternatives"]
;; ---
;; ## Why it matters
;; `transmute` turns any value into any other type of the same size without checks: it can
;; create invalid values (a `bool` that is 2, a dangling reference, an unbounded lifetime),
;; and it silently stays "correct" when a type's layout changes. Each use deserves an audit.
;;
;; ## How to fix
;; Use the specific safe conversion: `f32::from_bits`/`to_bits`, `u32::from_ne_bytes`,
;; `as` casts for pointers, `bytemuck::cast` for plain-old-data, `TryFrom` for enums.
;;
;; ## Safe example
;; ```rust
;; let bits = value.to_bits();
;; let number = u32::from_ne_bytes(bytes);
;; ```

(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  (#resolves-to? @func "std::mem::transmute" "core::mem::transmute" "std::mem::transmute_copy"
    "core::mem::transmute_copy" "std::intrinsics::transmute" "core::intrinsics::transmute")) @finding
