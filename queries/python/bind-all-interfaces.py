import socket


def serve(app, sock):
    # ruleid: py.bind-all-interfaces
    sock.bind(("0.0.0.0", 8080))
    # ruleid: py.bind-all-interfaces
    app.run(host="0.0.0.0", port=5000)
    # ruleid: py.bind-all-interfaces
    HOST = "::"
    # ok: py.bind-all-interfaces
    sock.bind(("127.0.0.1", 8080))
    # ok: py.bind-all-interfaces
    app.run(host="localhost")
    # ok: py.bind-all-interfaces
    if addr == "0.0.0.0":
        pass
    # ruleid: py.bind-all-interfaces
    socket.create_server(("0.0.0.0", 0))
    # ok: py.bind-all-interfaces
    sock.sendto(b"x", ("0.0.0.0", 0))  # sending, not listening
    # ok: py.bind-all-interfaces
    assert_equal(host, "0.0.0.0")
