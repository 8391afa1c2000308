;;; redflag-eglot.el --- redflag with Eglot (built into Emacs 29+)  -*- lexical-binding: t; -*-

;; Usage: load this file from your init (or paste it), then `M-x eglot' in a buffer, or keep
;; the hook below to start it automatically.  Eglot runs ONE server per buffer: for
;; languages where you already use another server, prefer lsp-mode (redflag-lsp-mode.el),
;; which runs redflag as an add-on beside it.

(require 'eglot)

(defvar redflag-eglot-modes
  '(python-mode python-ts-mode rust-mode rust-ts-mode
    yaml-mode yaml-ts-mode json-mode json-ts-mode js-json-mode
    toml-ts-mode conf-toml-mode sh-mode bash-ts-mode
    dockerfile-mode dockerfile-ts-mode conf-mode conf-unix-mode)
  "Major modes in which Eglot should use redflag.")

(add-to-list 'eglot-server-programs
             `(,redflag-eglot-modes
               . ("redflag" "lsp" :initializationOptions (:scanOnStartup :json-false))))

;; Optional: start redflag automatically in the modes above.
;; (dolist (mode redflag-eglot-modes)
;;   (add-hook (intern (format "%s-hook" mode)) #'eglot-ensure))

;; The server's workspace scan, as a command.
(defun redflag-scan-workspace ()
  "Ask the redflag server of this buffer to scan the whole workspace."
  (interactive)
  (let ((server (eglot-current-server)))
    (unless server (user-error "No Eglot server in this buffer"))
    ;; Emacs 30 has `eglot-execute'; Emacs 29 has `eglot-execute-command'.
    (if (fboundp 'eglot-execute)
        (eglot-execute server '(:command "redflag.scanWorkspace" :arguments []))
      (eglot-execute-command server "redflag.scanWorkspace" []))))

(provide 'redflag-eglot)
;;; redflag-eglot.el ends here
