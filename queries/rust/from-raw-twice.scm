;; ---
;; # Rule format: queries/README.md
;; id = "rs.from-raw-twice"
;; title = "Same raw pointer turned back into an owner twice (double free)"
;; severity = "error"
;; confidence = "high"
;; cwe = 415
;; message = "`{{second}}` takes ownership of `{{pointer}}` a second time in this block: both owners free it"
;; report = "second"
;; tags = ["memory-safety", "ffi"]
;; references = ["https://doc.rust-lang.org/std/boxed/struct.Box.html#method.from_raw", "https://doc.rust-lang.org/std/ffi/struct.CString.html#method.from_raw", "https://cwe.mitre.org/data/definitions/415.html"]
;; ---
;; ## Why it matters
;; `Box::from_raw(p)`, `CString::from_raw(p)`, `Vec::from_raw_parts(p, ..)`, `Arc::from_raw(p)`
;; and `Rc::from_raw(p)` each make a new owner that frees (or decrements) the allocation when it
;; is dropped. Calling one twice on the same pointer gives two owners: the second drop frees
;; memory that is already free (double free, heap corruption), and the first owner may be used
;; after the second one freed it. Only two calls on the same variable in one block are reported;
;; blocks that call `into_raw`, `forget`, `leak`, `ManuallyDrop` or `increment_strong_count`
;; (which can make the second call legitimate) are left alone.
;;
;; ## How to fix
;; Take ownership back exactly once and keep the owner (`let b = unsafe { Box::from_raw(p) };`),
;; or set the pointer to null after freeing it and check for null first.
;;
;; ## Safe example
;; ```rust
;; let boxed = unsafe { Box::from_raw(ptr) };
;; use_it(&boxed);
;; drop(boxed); // freed once
;; ```

((block
  [(expression_statement (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) @first)
   (expression_statement (call_expression function: (identifier) @_drop1 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) @first .)))
   (let_declaration value: [(call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) (unsafe_block (block (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) .))] @first)
   (expression_statement (unsafe_block (block [(call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) (call_expression function: (identifier) @_drop1 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) .))] .)) @first)]
  (expression_statement (call_expression function: [(scoped_identifier) (generic_function)] @_f2 arguments: (arguments . (identifier) @pointer)) @second)) @_block
  (#eq? @_p1 @pointer)
  (#not-match? @_block "\\b(into_raw|into_raw_parts|forget|leak|ManuallyDrop|increment_strong_count)\\b")
  (#eq? @_drop1 "drop")
  (#resolves-to? @_f1 "std::boxed::Box::from_raw" "alloc::boxed::Box::from_raw" "Box::from_raw"
    "std::sync::Arc::from_raw" "alloc::sync::Arc::from_raw" "Arc::from_raw"
    "std::rc::Rc::from_raw" "alloc::rc::Rc::from_raw" "Rc::from_raw"
    "std::ffi::CString::from_raw" "alloc::ffi::CString::from_raw" "CString::from_raw"
    "std::vec::Vec::from_raw_parts" "alloc::vec::Vec::from_raw_parts" "Vec::from_raw_parts"
    "std::string::String::from_raw_parts" "alloc::string::String::from_raw_parts"
    "String::from_raw_parts")
  (#resolves-to? @_f2 "std::boxed::Box::from_raw" "alloc::boxed::Box::from_raw" "Box::from_raw"
    "std::sync::Arc::from_raw" "alloc::sync::Arc::from_raw" "Arc::from_raw"
    "std::rc::Rc::from_raw" "alloc::rc::Rc::from_raw" "Rc::from_raw"
    "std::ffi::CString::from_raw" "alloc::ffi::CString::from_raw" "CString::from_raw"
    "std::vec::Vec::from_raw_parts" "alloc::vec::Vec::from_raw_parts" "Vec::from_raw_parts"
    "std::string::String::from_raw_parts" "alloc::string::String::from_raw_parts"
    "String::from_raw_parts")
  (#not-in-test? @second))

((block
  [(expression_statement (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) @first)
   (expression_statement (call_expression function: (identifier) @_drop1 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) @first .)))
   (let_declaration value: [(call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) (unsafe_block (block (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) .))] @first)
   (expression_statement (unsafe_block (block [(call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) (call_expression function: (identifier) @_drop1 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) .))] .)) @first)]
  (expression_statement (call_expression function: (identifier) @_drop2 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f2 arguments: (arguments . (identifier) @pointer)) @second .)))) @_block
  (#eq? @_p1 @pointer)
  (#not-match? @_block "\\b(into_raw|into_raw_parts|forget|leak|ManuallyDrop|increment_strong_count)\\b")
  (#eq? @_drop1 "drop")
  (#eq? @_drop2 "drop")
  (#resolves-to? @_f1 "std::boxed::Box::from_raw" "alloc::boxed::Box::from_raw" "Box::from_raw"
    "std::sync::Arc::from_raw" "alloc::sync::Arc::from_raw" "Arc::from_raw"
    "std::rc::Rc::from_raw" "alloc::rc::Rc::from_raw" "Rc::from_raw"
    "std::ffi::CString::from_raw" "alloc::ffi::CString::from_raw" "CString::from_raw"
    "std::vec::Vec::from_raw_parts" "alloc::vec::Vec::from_raw_parts" "Vec::from_raw_parts"
    "std::string::String::from_raw_parts" "alloc::string::String::from_raw_parts"
    "String::from_raw_parts")
  (#resolves-to? @_f2 "std::boxed::Box::from_raw" "alloc::boxed::Box::from_raw" "Box::from_raw"
    "std::sync::Arc::from_raw" "alloc::sync::Arc::from_raw" "Arc::from_raw"
    "std::rc::Rc::from_raw" "alloc::rc::Rc::from_raw" "Rc::from_raw"
    "std::ffi::CString::from_raw" "alloc::ffi::CString::from_raw" "CString::from_raw"
    "std::vec::Vec::from_raw_parts" "alloc::vec::Vec::from_raw_parts" "Vec::from_raw_parts"
    "std::string::String::from_raw_parts" "alloc::string::String::from_raw_parts"
    "String::from_raw_parts")
  (#not-in-test? @second))

((block
  [(expression_statement (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) @first)
   (expression_statement (call_expression function: (identifier) @_drop1 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) @first .)))
   (let_declaration value: [(call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) (unsafe_block (block (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) .))] @first)
   (expression_statement (unsafe_block (block [(call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) (call_expression function: (identifier) @_drop1 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) .))] .)) @first)]
  (let_declaration value: [(call_expression function: [(scoped_identifier) (generic_function)] @_f2 arguments: (arguments . (identifier) @pointer)) (unsafe_block (block (call_expression function: [(scoped_identifier) (generic_function)] @_f2 arguments: (arguments . (identifier) @pointer)) .))] @second)) @_block
  (#eq? @_p1 @pointer)
  (#not-match? @_block "\\b(into_raw|into_raw_parts|forget|leak|ManuallyDrop|increment_strong_count)\\b")
  (#eq? @_drop1 "drop")
  (#resolves-to? @_f1 "std::boxed::Box::from_raw" "alloc::boxed::Box::from_raw" "Box::from_raw"
    "std::sync::Arc::from_raw" "alloc::sync::Arc::from_raw" "Arc::from_raw"
    "std::rc::Rc::from_raw" "alloc::rc::Rc::from_raw" "Rc::from_raw"
    "std::ffi::CString::from_raw" "alloc::ffi::CString::from_raw" "CString::from_raw"
    "std::vec::Vec::from_raw_parts" "alloc::vec::Vec::from_raw_parts" "Vec::from_raw_parts"
    "std::string::String::from_raw_parts" "alloc::string::String::from_raw_parts"
    "String::from_raw_parts")
  (#resolves-to? @_f2 "std::boxed::Box::from_raw" "alloc::boxed::Box::from_raw" "Box::from_raw"
    "std::sync::Arc::from_raw" "alloc::sync::Arc::from_raw" "Arc::from_raw"
    "std::rc::Rc::from_raw" "alloc::rc::Rc::from_raw" "Rc::from_raw"
    "std::ffi::CString::from_raw" "alloc::ffi::CString::from_raw" "CString::from_raw"
    "std::vec::Vec::from_raw_parts" "alloc::vec::Vec::from_raw_parts" "Vec::from_raw_parts"
    "std::string::String::from_raw_parts" "alloc::string::String::from_raw_parts"
    "String::from_raw_parts")
  (#not-in-test? @second))

((block
  [(expression_statement (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) @first)
   (expression_statement (call_expression function: (identifier) @_drop1 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) @first .)))
   (let_declaration value: [(call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) (unsafe_block (block (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) .))] @first)
   (expression_statement (unsafe_block (block [(call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) (call_expression function: (identifier) @_drop1 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f1 arguments: (arguments . (identifier) @_p1)) .))] .)) @first)]
  (expression_statement (unsafe_block (block [(call_expression function: [(scoped_identifier) (generic_function)] @_f2 arguments: (arguments . (identifier) @pointer)) (call_expression function: (identifier) @_drop2 arguments: (arguments . (call_expression function: [(scoped_identifier) (generic_function)] @_f2 arguments: (arguments . (identifier) @pointer)) .))] .)) @second)) @_block
  (#eq? @_p1 @pointer)
  (#not-match? @_block "\\b(into_raw|into_raw_parts|forget|leak|ManuallyDrop|increment_strong_count)\\b")
  (#eq? @_drop1 "drop")
  (#eq? @_drop2 "drop")
  (#resolves-to? @_f1 "std::boxed::Box::from_raw" "alloc::boxed::Box::from_raw" "Box::from_raw"
    "std::sync::Arc::from_raw" "alloc::sync::Arc::from_raw" "Arc::from_raw"
    "std::rc::Rc::from_raw" "alloc::rc::Rc::from_raw" "Rc::from_raw"
    "std::ffi::CString::from_raw" "alloc::ffi::CString::from_raw" "CString::from_raw"
    "std::vec::Vec::from_raw_parts" "alloc::vec::Vec::from_raw_parts" "Vec::from_raw_parts"
    "std::string::String::from_raw_parts" "alloc::string::String::from_raw_parts"
    "String::from_raw_parts")
  (#resolves-to? @_f2 "std::boxed::Box::from_raw" "alloc::boxed::Box::from_raw" "Box::from_raw"
    "std::sync::Arc::from_raw" "alloc::sync::Arc::from_raw" "Arc::from_raw"
    "std::rc::Rc::from_raw" "alloc::rc::Rc::from_raw" "Rc::from_raw"
    "std::ffi::CString::from_raw" "alloc::ffi::CString::from_raw" "CString::from_raw"
    "std::vec::Vec::from_raw_parts" "alloc::vec::Vec::from_raw_parts" "Vec::from_raw_parts"
    "std::string::String::from_raw_parts" "alloc::string::String::from_raw_parts"
    "String::from_raw_parts")
  (#not-in-test? @second))
