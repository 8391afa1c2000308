# ruleid: redflag.suppress-all
result = eval(expression)  # redflag: ignore

# ruleid: redflag.suppress-all
result = eval(expression)  # redflag: ignore everything here

# ruleid: redflag.suppress-all
# redflag: ignore -- a reason does not make it name a rule
result = eval(expression)

# ok: redflag.suppress-all
result = eval(expression)  # redflag: ignore[py.eval-non-literal] -- constant table

# ok: redflag.suppress-all
result = eval(expression)  # redflag: ignore[py.eval-non-literal

# ok: redflag.suppress-all
marker = "redflag: ignore"
