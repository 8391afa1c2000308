;; ---
;; id = "py.ipmi-client"
;; title = "IPMI session with pyghmi (password hash disclosed by the protocol)"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 319
;; message = "`{{func}}` speaks IPMI over the network: the protocol hands out password hashes and its traffic is weakly protected"
;; tags = ["ipmi", "network", "cleartext", "bandit:B415"]
;; references = ["https://bandit.readthedocs.io/en/latest/blacklists/blacklist_imports.html#b415-import-pyghmi", "https://docs.openstack.org/pyghmi/latest/", "https://www.rapid7.com/blog/post/2013/07/02/a-penetration-testers-guide-to-ipmi/", "https://cwe.mitre.org/data/definitions/319.html"]
;; ---
;; ## Why it matters
;; IPMI 2.0's RAKP handshake sends a salted HMAC of the user's password to anyone who asks
;; to log in as that user, so the BMC password can be cracked offline; cipher suite 0 and
;; weak integrity options make sessions forgeable, and a BMC controls power, console and
;; firmware of the machine. pyghmi's `Command` / `Console` open such sessions over UDP 623.
;;
;; ## How to fix
;; Prefer Redfish over HTTPS where the hardware supports it. If IPMI must stay, keep BMCs on
;; an isolated management network, use long unique passwords, and disable cipher suite 0.
;;
;; ## Safe example
;; ```python
;; import redfish
;; client = redfish.redfish_client(base_url="https://bmc.mgmt.example", username=user, password=pw)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func
    "pyghmi.ipmi.command.Command" "pyghmi.ipmi.console.Console" "pyghmi.ipmi.private.session.Session"
    "pyghmi.ipmi.bmc.Bmc" "pyghmi.ipmi.private.serversession.IpmiServer")) @finding
