;;; redflag-lsp-mode.el --- redflag with lsp-mode  -*- lexical-binding: t; -*-

;; Usage: load this file after lsp-mode (e.g. in `with-eval-after-load 'lsp-mode'), then
;; `M-x lsp'.  redflag is registered as an add-on client, so it runs beside the language's
;; main server (pyright, rust-analyzer, ...) instead of replacing it.

(require 'lsp-mode)

(defgroup lsp-redflag nil
  "redflag: hard-coded secrets and insecure code."
  :group 'lsp-mode)

(defcustom lsp-redflag-executable "redflag"
  "Path to the redflag binary."
  :type 'file
  :risky t
  :group 'lsp-redflag)

(defcustom lsp-redflag-scan-on-startup nil
  "Scan the whole workspace when the server starts."
  :type 'boolean
  :group 'lsp-redflag)

(lsp-register-client
 (make-lsp-client
  :new-connection (lsp-stdio-connection (lambda () (list lsp-redflag-executable "lsp")))
  ;; Language ids from `lsp-language-id-configuration'.
  :activation-fn (lsp-activate-on "python" "rust" "yaml" "json" "toml" "shellscript"
                                  "dockerfile")
  :server-id 'redflag
  :add-on? t
  :priority -2
  :initialization-options (lambda () (list :scanOnStartup
                                           (if lsp-redflag-scan-on-startup t :json-false)))))

(defun lsp-redflag-scan-workspace ()
  "Ask the redflag server to scan the whole workspace."
  (interactive)
  (lsp-send-execute-command "redflag.scanWorkspace" []))

(provide 'redflag-lsp-mode)
;;; redflag-lsp-mode.el ends here
