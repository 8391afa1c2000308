# ruleid: redflag.malformed-suppression
# redflag: ignore[py.eval-non-literal
result = eval(expression)

# ruleid: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore[]

# ruleid: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore [py.eval-non-literal]

# ruleid: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore[py.eval-non-literal] until=2027-02-30 -- no such day

# ok: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore[py.eval-non-literal]

# ok: redflag.malformed-suppression
# redflag: ignore[py.eval-non-literal, py.exec-used]
result = eval(expression)

# ok: redflag.malformed-suppression
marker = "redflag: ignore"

# ok: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore[py.eval-non-literal] reviewed, input is trusted

# ok: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore[py.eval-non-literal] until=2027-03-01 -- constant table

# ok: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore
