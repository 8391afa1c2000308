;; ---
;; # Rule format: queries/README.md
;; id = "rs.dangling-pointer-from-temporary"
;; title = "Raw pointer into a temporary that is dropped at once"
;; severity = "error"
;; confidence = "high"
;; cwe = 416
;; message = "`{{pointer}}` points into a temporary that is freed at the end of this statement: every later use reads freed memory"
;; report = "pointer"
;; tags = ["memory-safety", "ffi"]
;; references = ["https://doc.rust-lang.org/std/ffi/struct.CString.html#method.as_ptr", "https://doc.rust-lang.org/rustc/lints/listing/warn-by-default.html#dangling-pointers-from-temporaries", "https://cwe.mitre.org/data/definitions/416.html"]
;; ---
;; ## Why it matters
;; `CString::new(name).unwrap().as_ptr()` creates a `CString`, takes a pointer into its buffer
;; and drops the `CString` when the statement ends. Stored in a variable, a struct field or
;; returned, the pointer then refers to freed memory: C code reading it sees garbage, a
;; different string allocated in the same place, or crashes, and a write through it corrupts the
;; heap (use after free). The same holds for `String::from(..)`, `format!(..)`, `vec![..]`,
;; `.to_vec()`, `.to_string()` and `widestring` strings. Passing the pointer straight to a call
;; in the same statement (`puts(CString::new(s)?.as_ptr())`) is fine and not reported.
;;
;; ## How to fix
;; Bind the owner to a variable that outlives every use of the pointer, or hand ownership to C
;; with `into_raw()` (and take it back with `from_raw` once).
;;
;; ## Safe example
;; ```rust
;; let name = std::ffi::CString::new(name)?;
;; let ptr = name.as_ptr(); // valid while `name` is alive
;; unsafe { ffi_set_name(ptr) };
;; ```

; let p = CString::new(s).unwrap().as_ptr();  self.ptr = String::from(x).as_mut_ptr();  return Vec::new().as_ptr();
; Foo { name: CString::new(s)?.as_ptr() };  fn f() -> *const c_char { CString::new(s).unwrap().as_ptr() }
([(let_declaration value: (call_expression function: (field_expression value: [(call_expression
       function: (field_expression value: (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor) field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor))
     (call_expression function: [(scoped_identifier) (generic_function)] @_ctor)] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer)
  (assignment_expression right: (call_expression function: (field_expression value: [(call_expression
       function: (field_expression value: (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor) field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor))
     (call_expression function: [(scoped_identifier) (generic_function)] @_ctor)] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer)
  (let_declaration
    value: (struct_expression
      body: (field_initializer_list
        (field_initializer value: (call_expression function: (field_expression value: [(call_expression
       function: (field_expression value: (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor) field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor))
     (call_expression function: [(scoped_identifier) (generic_function)] @_ctor)] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer))))
  (return_expression (call_expression function: (field_expression value: [(call_expression
       function: (field_expression value: (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor) field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor))
     (call_expression function: [(scoped_identifier) (generic_function)] @_ctor)] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer)
  (function_item
    return_type: (pointer_type)
    body: (block (call_expression function: (field_expression value: [(call_expression
       function: (field_expression value: (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor) field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_ctor))
     (call_expression function: [(scoped_identifier) (generic_function)] @_ctor)] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer .))]
  (#any-of? @_as_ptr "as_ptr" "as_mut_ptr")
  (#any-of? @_unwrap "unwrap" "expect" "unwrap_or_default" "unwrap_unchecked")
  (#resolves-to? @_ctor "std::ffi::CString::new" "std::ffi::CString::from" "std::ffi::CString::from_str"
    "std::ffi::CString::from_os_str" "std::ffi::CString::from_vec"
    "std::ffi::CString::from_vec_unchecked" "std::ffi::CString::from_utf8"
    "std::ffi::CString::from_utf8_lossy" "std::ffi::CString::with_capacity"
    "std::ffi::CString::from_str_truncate" "std::ffi::CString::from_ustr"
    "alloc::ffi::CString::new" "alloc::ffi::CString::from" "alloc::ffi::CString::from_str"
    "alloc::ffi::CString::from_os_str" "alloc::ffi::CString::from_vec"
    "alloc::ffi::CString::from_vec_unchecked" "alloc::ffi::CString::from_utf8"
    "alloc::ffi::CString::from_utf8_lossy" "alloc::ffi::CString::with_capacity"
    "alloc::ffi::CString::from_str_truncate" "alloc::ffi::CString::from_ustr"
    "std::ffi::c_str::CString::new" "std::ffi::c_str::CString::from"
    "std::ffi::c_str::CString::from_str" "std::ffi::c_str::CString::from_os_str"
    "std::ffi::c_str::CString::from_vec" "std::ffi::c_str::CString::from_vec_unchecked"
    "std::ffi::c_str::CString::from_utf8" "std::ffi::c_str::CString::from_utf8_lossy"
    "std::ffi::c_str::CString::with_capacity" "std::ffi::c_str::CString::from_str_truncate"
    "std::ffi::c_str::CString::from_ustr" "CString::new" "CString::from" "CString::from_str"
    "CString::from_os_str" "CString::from_vec" "CString::from_vec_unchecked"
    "CString::from_utf8" "CString::from_utf8_lossy" "CString::with_capacity"
    "CString::from_str_truncate" "CString::from_ustr" "std::string::String::new"
    "std::string::String::from" "std::string::String::from_str"
    "std::string::String::from_os_str" "std::string::String::from_vec"
    "std::string::String::from_vec_unchecked" "std::string::String::from_utf8"
    "std::string::String::from_utf8_lossy" "std::string::String::with_capacity"
    "std::string::String::from_str_truncate" "std::string::String::from_ustr"
    "alloc::string::String::new" "alloc::string::String::from" "alloc::string::String::from_str"
    "alloc::string::String::from_os_str" "alloc::string::String::from_vec"
    "alloc::string::String::from_vec_unchecked" "alloc::string::String::from_utf8"
    "alloc::string::String::from_utf8_lossy" "alloc::string::String::with_capacity"
    "alloc::string::String::from_str_truncate" "alloc::string::String::from_ustr" "String::new"
    "String::from" "String::from_str" "String::from_os_str" "String::from_vec"
    "String::from_vec_unchecked" "String::from_utf8" "String::from_utf8_lossy"
    "String::with_capacity" "String::from_str_truncate" "String::from_ustr" "std::vec::Vec::new"
    "std::vec::Vec::from" "std::vec::Vec::from_str" "std::vec::Vec::from_os_str"
    "std::vec::Vec::from_vec" "std::vec::Vec::from_vec_unchecked" "std::vec::Vec::from_utf8"
    "std::vec::Vec::from_utf8_lossy" "std::vec::Vec::with_capacity"
    "std::vec::Vec::from_str_truncate" "std::vec::Vec::from_ustr" "alloc::vec::Vec::new"
    "alloc::vec::Vec::from" "alloc::vec::Vec::from_str" "alloc::vec::Vec::from_os_str"
    "alloc::vec::Vec::from_vec" "alloc::vec::Vec::from_vec_unchecked"
    "alloc::vec::Vec::from_utf8" "alloc::vec::Vec::from_utf8_lossy"
    "alloc::vec::Vec::with_capacity" "alloc::vec::Vec::from_str_truncate"
    "alloc::vec::Vec::from_ustr" "Vec::new" "Vec::from" "Vec::from_str" "Vec::from_os_str"
    "Vec::from_vec" "Vec::from_vec_unchecked" "Vec::from_utf8" "Vec::from_utf8_lossy"
    "Vec::with_capacity" "Vec::from_str_truncate" "Vec::from_ustr" "widestring::U16CString::new"
    "widestring::U16CString::from" "widestring::U16CString::from_str"
    "widestring::U16CString::from_os_str" "widestring::U16CString::from_vec"
    "widestring::U16CString::from_vec_unchecked" "widestring::U16CString::from_utf8"
    "widestring::U16CString::from_utf8_lossy" "widestring::U16CString::with_capacity"
    "widestring::U16CString::from_str_truncate" "widestring::U16CString::from_ustr"
    "widestring::U32CString::new" "widestring::U32CString::from"
    "widestring::U32CString::from_str" "widestring::U32CString::from_os_str"
    "widestring::U32CString::from_vec" "widestring::U32CString::from_vec_unchecked"
    "widestring::U32CString::from_utf8" "widestring::U32CString::from_utf8_lossy"
    "widestring::U32CString::with_capacity" "widestring::U32CString::from_str_truncate"
    "widestring::U32CString::from_ustr" "widestring::WideCString::new"
    "widestring::WideCString::from" "widestring::WideCString::from_str"
    "widestring::WideCString::from_os_str" "widestring::WideCString::from_vec"
    "widestring::WideCString::from_vec_unchecked" "widestring::WideCString::from_utf8"
    "widestring::WideCString::from_utf8_lossy" "widestring::WideCString::with_capacity"
    "widestring::WideCString::from_str_truncate" "widestring::WideCString::from_ustr"
    "widestring::U16String::new" "widestring::U16String::from" "widestring::U16String::from_str"
    "widestring::U16String::from_os_str" "widestring::U16String::from_vec"
    "widestring::U16String::from_vec_unchecked" "widestring::U16String::from_utf8"
    "widestring::U16String::from_utf8_lossy" "widestring::U16String::with_capacity"
    "widestring::U16String::from_str_truncate" "widestring::U16String::from_ustr"
    "widestring::U32String::new" "widestring::U32String::from" "widestring::U32String::from_str"
    "widestring::U32String::from_os_str" "widestring::U32String::from_vec"
    "widestring::U32String::from_vec_unchecked" "widestring::U32String::from_utf8"
    "widestring::U32String::from_utf8_lossy" "widestring::U32String::with_capacity"
    "widestring::U32String::from_str_truncate" "widestring::U32String::from_ustr"
    "widestring::WideString::new" "widestring::WideString::from"
    "widestring::WideString::from_str" "widestring::WideString::from_os_str"
    "widestring::WideString::from_vec" "widestring::WideString::from_vec_unchecked"
    "widestring::WideString::from_utf8" "widestring::WideString::from_utf8_lossy"
    "widestring::WideString::with_capacity" "widestring::WideString::from_str_truncate"
    "widestring::WideString::from_ustr" "widestring::ucstring::U16CString::new"
    "widestring::ucstring::U16CString::from" "widestring::ucstring::U16CString::from_str"
    "widestring::ucstring::U16CString::from_os_str" "widestring::ucstring::U16CString::from_vec"
    "widestring::ucstring::U16CString::from_vec_unchecked"
    "widestring::ucstring::U16CString::from_utf8"
    "widestring::ucstring::U16CString::from_utf8_lossy"
    "widestring::ucstring::U16CString::with_capacity"
    "widestring::ucstring::U16CString::from_str_truncate"
    "widestring::ucstring::U16CString::from_ustr" "U16CString::new" "U16CString::from"
    "U16CString::from_str" "U16CString::from_os_str" "U16CString::from_vec"
    "U16CString::from_vec_unchecked" "U16CString::from_utf8" "U16CString::from_utf8_lossy"
    "U16CString::with_capacity" "U16CString::from_str_truncate" "U16CString::from_ustr"
    "U32CString::new" "U32CString::from" "U32CString::from_str" "U32CString::from_os_str"
    "U32CString::from_vec" "U32CString::from_vec_unchecked" "U32CString::from_utf8"
    "U32CString::from_utf8_lossy" "U32CString::with_capacity" "U32CString::from_str_truncate"
    "U32CString::from_ustr" "WideCString::new" "WideCString::from" "WideCString::from_str"
    "WideCString::from_os_str" "WideCString::from_vec" "WideCString::from_vec_unchecked"
    "WideCString::from_utf8" "WideCString::from_utf8_lossy" "WideCString::with_capacity"
    "WideCString::from_str_truncate" "WideCString::from_ustr" "U16String::new" "U16String::from"
    "U16String::from_str" "U16String::from_os_str" "U16String::from_vec"
    "U16String::from_vec_unchecked" "U16String::from_utf8" "U16String::from_utf8_lossy"
    "U16String::with_capacity" "U16String::from_str_truncate" "U16String::from_ustr"
    "WideString::new" "WideString::from" "WideString::from_str" "WideString::from_os_str"
    "WideString::from_vec" "WideString::from_vec_unchecked" "WideString::from_utf8"
    "WideString::from_utf8_lossy" "WideString::with_capacity" "WideString::from_str_truncate"
    "WideString::from_ustr")
  (#not-in-test? @pointer)) @finding

; let p = format!("{x}\0").as_ptr();  vec![0u8; n].as_mut_ptr();  bytes.to_vec().as_ptr();  cstr.to_owned().as_ptr()
([(let_declaration value: (call_expression function: (field_expression value: [(macro_invocation macro: (_) @_macro)
     (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
     (call_expression
       function: (field_expression
         value: (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
         field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments)))] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer)
  (assignment_expression right: (call_expression function: (field_expression value: [(macro_invocation macro: (_) @_macro)
     (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
     (call_expression
       function: (field_expression
         value: (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
         field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments)))] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer)
  (let_declaration
    value: (struct_expression
      body: (field_initializer_list
        (field_initializer value: (call_expression function: (field_expression value: [(macro_invocation macro: (_) @_macro)
     (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
     (call_expression
       function: (field_expression
         value: (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
         field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments)))] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer))))
  (return_expression (call_expression function: (field_expression value: [(macro_invocation macro: (_) @_macro)
     (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
     (call_expression
       function: (field_expression
         value: (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
         field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments)))] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer)
  (function_item
    return_type: (pointer_type)
    body: (block (call_expression function: (field_expression value: [(macro_invocation macro: (_) @_macro)
     (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
     (call_expression
       function: (field_expression
         value: (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments))
         field: (field_identifier) @_unwrap))
     (try_expression (call_expression function: (field_expression field: (field_identifier) @_owned) arguments: (arguments)))] @_temp field: (field_identifier) @_as_ptr) arguments: (arguments)) @pointer .))]
  (#any-of? @_as_ptr "as_ptr" "as_mut_ptr")
  (#match? @_macro "^((std|alloc)::)?(format|vec)$")
  (#any-of? @_owned "to_string" "to_owned" "to_vec" "into_bytes" "into_bytes_with_nul" "into_owned"
    "into_string" "into_vec" "into_boxed_slice")
  (#any-of? @_unwrap "unwrap" "expect")
  (#not-in-test? @pointer)) @finding
