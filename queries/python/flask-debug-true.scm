;; ---
;; id = "py.flask-debug-true"
;; title = "Flask / Werkzeug debugger turned on"
;; severity = "error"
;; confidence = "medium"
;; cwe = 489
;; message = "the Werkzeug debugger runs any Python sent from a browser: never enable it outside a laptop"
;; tags = ["flask", "debug"]
;; references = ["https://flask.palletsprojects.com/en/latest/debugging/"]
;;
;; [fix]
;; title = "Turn the debugger off"
;; capture = "value"
;; replace = "False"
;; ---
;; ## Why it matters
;; `app.run(debug=True)` starts the Werkzeug interactive debugger: any error page offers a
;; Python console in the browser. Anyone who can reach the port (and guess or brute-force the
;; PIN, which has been bypassed before) runs code as the server.
;;
;; ## How to fix
;; Keep debugging out of the code: use `flask run --debug` on your machine, and a production
;; WSGI server (gunicorn, uWSGI, waitress) elsewhere.
;;
;; ## Safe example
;; ```python
;; if __name__ == "__main__":
;;     app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
;; ```

; app.run(debug=True)
(call
  function: (attribute attribute: (identifier) @_run)
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (true) @value))
  (#eq? @_run "run")
  (#eq? @_k "debug")
  (#imports? "flask")) @finding

; app.debug = True
(assignment
  left: (attribute attribute: (identifier) @_d)
  right: (true) @value
  (#eq? @_d "debug")
  (#imports? "flask")) @finding

; werkzeug.serving.run_simple(..., use_debugger=True)
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (true) @value))
  (#eq? @_k "use_debugger")
  (#resolves-to? @func "werkzeug.run_simple" "werkzeug.serving.run_simple")) @finding
