def check(access_level, user):
    # ruleid: py.trojan-source-bidi
    if access_level != "user‮ ⁦# Check if admin⁩ ⁦":
        return True
    # ruleid: py.trojan-source-bidi
    # ⁧return True⁩ hides code after a comment marker
    # ruleid: py.trojan-source-bidi
    label = f"user {user} ‮evil‬"
    # ok: py.trojan-source-bidi
    label = "\u2067" + user + "\u2069"
    # ok: py.trojan-source-bidi
    name = "שלום"  # right-to-left letters without control characters
    # ok: py.trojan-source-bidi
    return False
