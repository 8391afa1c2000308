from myapp.models import Entry


def search(headline, column, order):
    # ruleid: py.django-extra-built-sql
    Entry.objects.extra(where=[f"headline = '{headline}'"])
    # ruleid: py.django-extra-built-sql
    Entry.objects.filter(a=1).extra(select={"x": "SELECT %s FROM t" % column})
    # ruleid: py.django-extra-built-sql
    Entry.objects.extra(order_by=["-" + order])
    # ok: py.django-extra-built-sql
    Entry.objects.extra(where=["headline = %s"], params=[headline])
    # ok: py.django-extra-built-sql
    Entry.objects.extra(select={"is_recent": "pub_date > '2006-01-01'"})
    # ok: py.django-extra-built-sql
    options.extra(label=f"{headline}")  # not an SQL argument
