import os


def cleanup(paths, lock_path):
    try:
        os.remove(lock_path)
    # ruleid: py.try-except-pass
    except:
        pass
    for path in paths:
        try:
            os.remove(path)
        # ruleid: py.try-except-pass
        except Exception:
            continue
    try:
        verify(lock_path)
    # ruleid: py.try-except-pass
    except BaseException as error:  # anything at all
        pass
    try:
        os.remove(lock_path)
    # ok: py.try-except-pass
    except FileNotFoundError:
        pass
    try:
        os.remove(lock_path)
    # ok: py.try-except-pass
    except Exception:
        log.exception("could not remove %s", lock_path)
    try:
        os.remove(lock_path)
    # ok: py.try-except-pass
    except (OSError, ValueError):
        pass
    try:
        os.remove(lock_path)
    # ok: py.try-except-pass
    except Exception:
        pass_count += 1
