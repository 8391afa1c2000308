# ruleid: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore

# ruleid: redflag.malformed-suppression
# redflag: ignore[py.eval-non-literal
result = eval(expression)

# ruleid: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore[]

# ruleid: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore everything here

# ok: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore[py.eval-non-literal]

# ok: redflag.malformed-suppression
# redflag: ignore[py.eval-non-literal, py.exec-used]
result = eval(expression)

# ok: redflag.malformed-suppression
marker = "redflag: ignore"

# ok: redflag.malformed-suppression
result = eval(expression)  # redflag: ignore[py.eval-non-literal] reviewed, input is trusted
