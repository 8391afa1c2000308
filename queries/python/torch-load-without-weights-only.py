import torch
import torch as th
from torch import load as load_checkpoint


def restore(path, options):
    # ruleid: py.torch-load-without-weights-only
    torch.load(path)
    # ruleid: py.torch-load-without-weights-only
    th.load(path, map_location="cpu", weights_only=False)
    # ruleid: py.torch-load-without-weights-only
    load_checkpoint(path, map_location="cpu")
    # ok: py.torch-load-without-weights-only
    torch.load(path, weights_only=True)
    # ok: py.torch-load-without-weights-only
    torch.load(path, **options)  # may carry weights_only: not a guess we report
    # ok: py.torch-load-without-weights-only
    torch.save(model.state_dict(), path)
    # ok: py.torch-load-without-weights-only
    model.load(path)
