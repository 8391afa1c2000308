def delete(request, order):
    # ruleid: py.assert-for-access-control
    assert request.user.is_admin
    # ruleid: py.assert-for-access-control
    assert request.user.has_perm("orders.delete"), "forbidden"
    # ruleid: py.assert-for-access-control
    assert is_authorized(request.user, order)
    # ok: py.assert-for-access-control
    # ruleid: py.assert-used
    assert order is not None
    # ok: py.assert-for-access-control
    # ruleid: py.assert-used
    assert isinstance(order.id, int)
    # ok: py.assert-for-access-control
    if not request.user.has_perm("orders.delete"):
        raise PermissionError
