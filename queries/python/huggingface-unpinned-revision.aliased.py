from huggingface_hub import hf_hub_download as fetch
import datasets as ds
import transformers as tf

# ruleid: py.huggingface-unpinned-revision
weights = fetch("org/model", filename="model.safetensors")
# ruleid: py.huggingface-unpinned-revision
data = ds.load_dataset("org/data")
# ruleid: py.huggingface-unpinned-revision
model = tf.AutoModel.from_pretrained("org/model")
# ok: py.huggingface-unpinned-revision
weights = fetch("org/model", filename="model.safetensors", revision="0123456789abcdef0123456789abcdef01234567")
# ok: py.huggingface-unpinned-revision
data = load_dataset("org/data")  # not datasets': nothing imported under that name
