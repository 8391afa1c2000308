# The rules of this folder run alone over their fixtures: every rule named below is either
# not in effect (so its suppression is unused) or one of the suppression checks.

# ruleid: redflag.unused-suppression
total = add(a, b)  # redflag: ignore[py.eval-non-literal]

# ruleid: redflag.unused-suppression
total = add(a, b)  # redflag: ignore[py.eval-non-literal, py.exec-used] -- was eval once

# ruleid: redflag.unused-suppression
total = add(a, b)  # redflag: ignore[secret.github-pat] until=2099-01-01 -- fixture token

# ok: redflag.unused-suppression
# ruleid: redflag.expired-suppression
total = add(a, b)  # redflag: ignore[py.eval-non-literal] until=2001-01-01 -- old exception

# ok: redflag.unused-suppression
# ruleid: redflag.expired-suppression
total = add(a, b)  # redflag: ignore[secret.github-pat] until=2020-02-29 -- rotated since

# ruleid: redflag.expired-suppression
# ok: redflag.unused-suppression
total = add(a, b)  # redflag: ignore[py.exec-used] until=1999-12-31

# ok: redflag.unused-suppression
# ok: redflag.expired-suppression
total = add(a, b)  # redflag: ignore

# ok: redflag.unused-suppression
# ok: redflag.expired-suppression
marker = "redflag: ignore[py.eval-non-literal] until=2001-01-01"

# ok: redflag.unused-suppression
# ok: redflag.expired-suppression
total = add(a, b)  # redflag: ignore[py.eval-non-literal

# ok: redflag.expired-suppression
# ruleid: redflag.unused-suppression
total = add(a, b)  # redflag: ignore[py.exec-used] until=2099-12-31 -- not yet expired
