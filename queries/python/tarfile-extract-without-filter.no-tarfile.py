import zipfile


def unpack(archive, target):
    # ok: py.tarfile-extract-without-filter
    archive.extractall(target)  # the file does not use tarfile: zipfile sanitises paths
    # ok: py.tarfile-extract-without-filter
    zipfile.ZipFile(archive).extract("a.txt")
    # ok: py.tarfile-extract-without-filter
    unpack_archive(archive, target)


def unpack_archive(a, b):
    return a, b
