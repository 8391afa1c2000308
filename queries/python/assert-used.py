def transfer(account, amount, path, root):
    # ruleid: py.assert-used
    assert amount > 0
    # ruleid: py.assert-used
    assert path.startswith(root), "path escapes the upload folder"
    # ruleid: py.assert-used
    assert (
        account.balance >= amount
    )
    # ok: py.assert-used
    if amount <= 0:
        raise ValueError("amount must be positive")
    # ok: py.assert-used
    assertion = "assert amount > 0"
    # ok: py.assert-used
    self.assertTrue(amount > 0)
    # ok: py.assert-used (a permission check, reported by the access-control rule instead)
    # ruleid: py.assert-for-access-control
    assert request.user.is_admin
