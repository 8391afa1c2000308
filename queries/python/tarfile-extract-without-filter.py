import shutil
import tarfile as tf
import zipfile


def unpack(path, target, member):
    with tf.open(path) as archive:
        # ruleid: py.tarfile-extract-without-filter
        archive.extractall(target)
        # ruleid: py.tarfile-extract-without-filter
        archive.extract(member, target)
        # ok: py.tarfile-extract-without-filter
        archive.extractall(target, filter="data")
    # ruleid: py.tarfile-extract-without-filter
    shutil.unpack_archive(path, target)
    # ok: py.tarfile-extract-without-filter
    shutil.unpack_archive(path, target, filter="data")
    # ok: py.tarfile-extract-without-filter
    zipfile.ZipFile(path).extractall(target)
    with zipfile.ZipFile(path) as zf:
        # todook: py.tarfile-extract-without-filter
        zf.extractall(target)  # a ZipFile under a name without "zip": types are not tracked
