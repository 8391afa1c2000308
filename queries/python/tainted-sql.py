import sqlite3

import pandas as pd
from django.db.models.expressions import RawSQL
from django.http import HttpResponse
from flask import request
from psycopg2 import sql
from sqlalchemy import text

db = sqlite3.connect("app.db")


def search():
    name = request.form["name"]
    cursor = db.cursor()
    # ruleid: py.tainted-sql
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    # ok: py.tainted-sql
    cursor.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: py.tainted-sql
    cursor.execute("SELECT * FROM users WHERE name = 'admin'")
    limit = int(request.args.get("limit", "10"))
    # ok: py.tainted-sql
    cursor.execute(f"SELECT * FROM users LIMIT {limit}")
    query = "SELECT * FROM orders WHERE "
    query += "owner = '" + name + "'"
    # ruleid: py.tainted-sql
    cursor.executemany(query, [])
    column = request.args["sort"]
    # ok: py.tainted-sql
    cursor.execute(sql.SQL("SELECT * FROM t ORDER BY {}").format(sql.Identifier(column)))
    # ruleid: py.tainted-sql
    stmt = text("SELECT * FROM t ORDER BY {}".format(column))
    # ruleid: py.tainted-sql
    return pd.read_sql("SELECT * FROM t WHERE c = " + column, db), stmt


def django_view(request):
    term = request.GET.get("q", "")
    # ruleid: py.tainted-sql
    people = Person.objects.raw(f"SELECT * FROM person WHERE last_name = '{term}'")
    # ok: py.tainted-sql
    people = Person.objects.raw("SELECT * FROM person WHERE last_name = %s", [term])
    # ruleid: py.tainted-sql
    Person.objects.extra(where=["name = '%s'" % term])
    # ruleid: py.tainted-sql
    Person.objects.annotate(val=RawSQL("SELECT col FROM t WHERE id = " + term, ()))
    # ok: py.tainted-sql
    Person.objects.annotate(val=RawSQL("SELECT col FROM t WHERE id = %s", (term,)))
    return HttpResponse(people)


def not_a_view(cursor, name):
    # ok: py.tainted-sql
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
