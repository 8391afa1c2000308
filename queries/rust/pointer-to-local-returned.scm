;; ---
;; # Rule format: queries/README.md
;; id = "rs.pointer-to-local-returned"
;; title = "Raw pointer to a local variable returned from its scope"
;; severity = "error"
;; confidence = "high"
;; cwe = 562
;; message = "`{{pointer}}` points into `{{local}}`, which is dropped when this block ends: the returned pointer dangles"
;; report = "pointer"
;; tags = ["memory-safety", "ffi"]
;; # No literal is common to every alternative of the query (a pointer type has none), so the
;; # gate is written here: each alternative needs a raw pointer type, `as_ptr` or `addr_of!`.
;; keywords = ["*const", "*mut", "* const", "* mut", "as_ptr", "as_mut_ptr", "addr_of"]
;; references = ["https://doc.rust-lang.org/std/primitive.pointer.html", "https://doc.rust-lang.org/std/mem/fn.forget.html", "https://cwe.mitre.org/data/definitions/562.html"]
;; ---
;; ## Why it matters
;; Raw pointers have no lifetime, so the compiler lets a function return `buf.as_ptr()` or
;; `&value as *const T` for a local `buf` or `value`. The local is dropped (its heap buffer
;; freed, its stack slot reused) as soon as the function or block returns, and every use of
;; the pointer afterwards reads or writes memory that belongs to something else: use after
;; free, or stack corruption. Typical in FFI code that builds a string or struct for C.
;;
;; ## How to fix
;; Return the owned value instead, or give up ownership explicitly: `CString::into_raw`,
;; `Box::into_raw(Box::new(value))`, `Vec::leak` / `ManuallyDrop` with a matching free
;; function exported to the caller.
;;
;; ## Safe example
;; ```rust
;; #[no_mangle]
;; pub extern "C" fn make_name() -> *mut c_char {
;;     CString::new("name").unwrap().into_raw() // freed later by free_name(ptr)
;; }
;; ```

; fn f() -> *const u8 { let buf = [0u8; 64]; buf.as_ptr() }  /  let p = { let s = vec![1]; s.as_ptr() };
([(function_item
   return_type: (pointer_type)
   body: (block
     (let_declaration pattern: (identifier) @_let value: [(array_expression)
       (macro_invocation macro: (_) @_macro)])
     [(call_expression
       function: (field_expression value: (identifier) @local field: (field_identifier) @_as_ptr)
       arguments: (arguments)) @pointer
      (type_cast_expression
       value: (reference_expression value: (identifier) @local)
       type: (pointer_type)) @pointer
      (macro_invocation macro: (_) @_addr_of (token_tree . (identifier) @local .)) @pointer
      (expression_statement (return_expression (call_expression
       function: (field_expression value: (identifier) @local field: (field_identifier) @_as_ptr)
       arguments: (arguments)) @pointer))
      (expression_statement (return_expression (type_cast_expression
       value: (reference_expression value: (identifier) @local)
       type: (pointer_type)) @pointer))
      (expression_statement (return_expression (macro_invocation macro: (_) @_addr_of (token_tree . (identifier) @local .)) @pointer))]
     .) @_block)
 (let_declaration
   value: (block
     (let_declaration pattern: (identifier) @_let value: [(array_expression)
       (macro_invocation macro: (_) @_macro)])
     [(call_expression
       function: (field_expression value: (identifier) @local field: (field_identifier) @_as_ptr)
       arguments: (arguments)) @pointer
     (type_cast_expression
       value: (reference_expression value: (identifier) @local)
       type: (pointer_type)) @pointer
     (macro_invocation macro: (_) @_addr_of (token_tree . (identifier) @local .)) @pointer]
     .) @_block)]
  (#eq? @_let @local)
  ; ownership handed over, or the name re-bound to a leaked value
  (#not-match? @_block "\\b(leak|forget|ManuallyDrop|into_raw|into_raw_parts)\\b")
  (#any-of? @_as_ptr "as_ptr" "as_mut_ptr")
  (#match? @_addr_of "^((std|core)::)?(ptr::)?addr_of(_mut)?$")
  (#match? @_macro "^((std|alloc)::)?(format|vec)$")
  (#not-in-test? @pointer))

; fn f() -> *const Point { let p = Point { x: 1, y: 2 }; &p as *const Point }  (a struct's own as_ptr() may point elsewhere)
([(function_item
   return_type: (pointer_type)
   body: (block
     (let_declaration pattern: (identifier) @_let value: [(integer_literal)
       (float_literal)
       (boolean_literal)
       (struct_expression)])
     [(type_cast_expression
       value: (reference_expression value: (identifier) @local)
       type: (pointer_type)) @pointer
      (macro_invocation macro: (_) @_addr_of (token_tree . (identifier) @local .)) @pointer
      (expression_statement (return_expression (type_cast_expression
       value: (reference_expression value: (identifier) @local)
       type: (pointer_type)) @pointer))
      (expression_statement (return_expression (macro_invocation macro: (_) @_addr_of (token_tree . (identifier) @local .)) @pointer))]
     .) @_block)
 (let_declaration
   value: (block
     (let_declaration pattern: (identifier) @_let value: [(integer_literal)
       (float_literal)
       (boolean_literal)
       (struct_expression)])
     [(type_cast_expression
       value: (reference_expression value: (identifier) @local)
       type: (pointer_type)) @pointer
     (macro_invocation macro: (_) @_addr_of (token_tree . (identifier) @local .)) @pointer]
     .) @_block)]
  (#eq? @_let @local)
  ; ownership handed over, or the name re-bound to a leaked value
  (#not-match? @_block "\\b(leak|forget|ManuallyDrop|into_raw|into_raw_parts)\\b")
  (#match? @_addr_of "^((std|core)::)?(ptr::)?addr_of(_mut)?$")
  (#not-in-test? @pointer))

; fn name() -> *const c_char { let s = CString::new("x").unwrap(); s.as_ptr() }
([(function_item
   return_type: (pointer_type)
   body: (block
     (let_declaration pattern: (identifier) @_let value: [(call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor)
       (call_expression
         function: (field_expression
           value: (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor)
           field: (field_identifier) @_unwrap))
       (try_expression (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor))])
     [(call_expression
       function: (field_expression value: (identifier) @local field: (field_identifier) @_as_ptr)
       arguments: (arguments)) @pointer
      (type_cast_expression
       value: (reference_expression value: (identifier) @local)
       type: (pointer_type)) @pointer
      (macro_invocation macro: (_) @_addr_of (token_tree . (identifier) @local .)) @pointer
      (expression_statement (return_expression (call_expression
       function: (field_expression value: (identifier) @local field: (field_identifier) @_as_ptr)
       arguments: (arguments)) @pointer))
      (expression_statement (return_expression (type_cast_expression
       value: (reference_expression value: (identifier) @local)
       type: (pointer_type)) @pointer))
      (expression_statement (return_expression (macro_invocation macro: (_) @_addr_of (token_tree . (identifier) @local .)) @pointer))]
     .) @_block)
 (let_declaration
   value: (block
     (let_declaration pattern: (identifier) @_let value: [(call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor)
       (call_expression
         function: (field_expression
           value: (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor)
           field: (field_identifier) @_unwrap))
       (try_expression (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor))])
     [(call_expression
       function: (field_expression value: (identifier) @local field: (field_identifier) @_as_ptr)
       arguments: (arguments)) @pointer
     (type_cast_expression
       value: (reference_expression value: (identifier) @local)
       type: (pointer_type)) @pointer
     (macro_invocation macro: (_) @_addr_of (token_tree . (identifier) @local .)) @pointer]
     .) @_block)]
  (#eq? @_let @local)
  ; ownership handed over, or the name re-bound to a leaked value
  (#not-match? @_block "\\b(leak|forget|ManuallyDrop|into_raw|into_raw_parts)\\b")
  (#any-of? @_as_ptr "as_ptr" "as_mut_ptr")
  (#match? @_addr_of "^((std|core)::)?(ptr::)?addr_of(_mut)?$")
  (#match? @_macro "^((std|alloc)::)?(format|vec)$")
  (#any-of? @_unwrap "unwrap" "expect" "unwrap_or_default")
  (#resolves-to? @_ctor "std::ffi::CString::*" "CString::*" "std::string::String::*" "String::*" "std::vec::Vec::*"
    "Vec::*" "std::boxed::Box::*" "Box::*" "widestring::U16CString::*" "U16CString::*"
    "widestring::WideCString::*" "WideCString::*")
  (#not-in-test? @pointer))
