import sqlite3
from sqlalchemy import text as sql_text
from django.db.models.expressions import RawSQL


def find(cursor, session, name, table, user_id):
    # ruleid: py.sql-query-built-from-strings
    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
    # ruleid: py.sql-query-built-from-strings
    cursor.execute("DELETE FROM %s WHERE id = %d" % (table, user_id))
    # ruleid: py.sql-query-built-from-strings
    cursor.executemany("INSERT INTO log VALUES ('" + name + "')", rows)
    # ruleid: py.sql-query-built-from-strings
    session.execute(sql_text("SELECT * FROM t WHERE id = {}".format(user_id)))
    # ruleid: py.sql-query-built-from-strings
    User.objects.annotate(x=RawSQL(f"SELECT 1 FROM t WHERE a = {name}", ()))
    query = "UPDATE users SET name = '%s' WHERE id = 1" % name
    # ruleid: py.sql-query-built-from-strings
    cursor.execute(query)
    sql = f"SELECT id FROM {table} WHERE x = 1"
    # ruleid: py.sql-query-built-from-strings
    rows = cursor.execute(sql).fetchall()
    # ok: py.sql-query-built-from-strings
    cursor.execute("SELECT * FROM users WHERE name = %s", (name,))
    # ok: py.sql-query-built-from-strings
    session.execute(sql_text("SELECT * FROM t WHERE id = :id"), {"id": user_id})
    # ok: py.sql-query-built-from-strings
    cursor.execute(f"SAVEPOINT {name}")  # not a query with data
    # ok: py.sql-query-built-from-strings
    executor.execute(f"job-{name}")
    safe = "SELECT * FROM users WHERE id = ?"
    # ok: py.sql-query-built-from-strings
    cursor.execute(safe, (user_id,))
    # todoruleid: py.sql-query-built-from-strings
    cursor.execute(build_query(name))  # needs data flow


def more(cursor, name):
    sql = "SELECT * FROM t WHERE a = '%s'" % name
    # ruleid: py.sql-query-built-from-strings
    for row in cursor.execute(sql):
        print(row)
    stmt = "SELECT * FROM t WHERE a = '" + name + "'"
    # ruleid: py.sql-query-built-from-strings
    return cursor.execute(stmt)
