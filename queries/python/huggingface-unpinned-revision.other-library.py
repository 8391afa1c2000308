from mylib import Model

# ok: py.huggingface-unpinned-revision
model = Model.from_pretrained("resnet50")  # this file imports no Hugging Face library
