def transfer(account, amount, path, root="/srv/uploads", *, currency: str = "EUR"):
    # ruleid: py.assert-used
    assert amount > 0
    # ruleid: py.assert-used
    assert path.startswith(root), "path escapes the upload folder"
    # ruleid: py.assert-used
    assert isinstance(currency, str)
    # ruleid: py.assert-used
    assert account is not None
    # ruleid: py.assert-used
    assert (
        account.balance >= amount
    )
    # ok: py.assert-used
    assert total >= 0  # internal state, not an argument
    # ok: py.assert-used
    if amount <= 0:
        raise ValueError("amount must be positive")
    # ok: py.assert-used
    assertion = "assert amount > 0"
    # ok: py.assert-used (a permission check, reported by the access-control rule instead)
    # ruleid: py.assert-for-access-control
    assert account.is_owner


class Ledger:
    def add(self, entry):
        # ok: py.assert-used
        assert self.open
        # ruleid: py.assert-used
        assert entry
        for line in entry.lines:
            # ok: py.assert-used
            assert line.amount  # nested in a loop: an invariant of the data
