from datasets import load_dataset
from huggingface_hub import hf_hub_download, snapshot_download
from transformers import AutoModelForCausalLM, AutoTokenizer


def load(model_dir, revision):
    # ruleid: py.huggingface-unpinned-revision
    tokenizer = AutoTokenizer.from_pretrained("google-bert/bert-base-uncased")
    # ruleid: py.huggingface-unpinned-revision
    model = AutoModelForCausalLM.from_pretrained("gpt2", revision="main", trust_remote_code=True)
    # ruleid: py.huggingface-unpinned-revision
    path = hf_hub_download("org/model", "config.json")
    # ruleid: py.huggingface-unpinned-revision
    folder = snapshot_download(repo_id="org/model", revision="v1.0")
    # ruleid: py.huggingface-unpinned-revision
    data = load_dataset("stanfordnlp/imdb", split="train")
    # ok: py.huggingface-unpinned-revision
    model = AutoModelForCausalLM.from_pretrained("gpt2", revision="607a30d783dfa663caf39e06633721c8d4cfcd7e")
    # ok: py.huggingface-unpinned-revision
    model = AutoModelForCausalLM.from_pretrained("./checkpoints/final")
    # ok: py.huggingface-unpinned-revision
    model = AutoModelForCausalLM.from_pretrained(model_dir)
    # ok: py.huggingface-unpinned-revision
    model = AutoModelForCausalLM.from_pretrained("org/model", revision=revision)
    # ok: py.huggingface-unpinned-revision
    data = load_dataset("csv", data_files="train.csv")
    # ok: py.huggingface-unpinned-revision
    folder = snapshot_download(repo_id="org/model", revision="c0ffee0000000000000000000000000000000042")
