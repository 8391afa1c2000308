from django.utils.safestring import mark_safe as trusted

# ruleid: py.mark-safe-non-literal
html = trusted(user_bio)
