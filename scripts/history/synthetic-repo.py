"""A git fast-import stream of N commits over this repository's own Rust sources (one to three
lines edited per commit, as a busy project does), with a fake AWS access key id planted every
150 commits and removed 65 commits later: what `redflag scan --history` must find (20 keys in
3000 commits). The keys are random, not credentials.

    python3 scripts/history/synthetic-repo.py 3000 > stream && git fast-import < stream
"""
import os, random, subprocess, sys
random.seed(14)
src = os.environ.get("SOURCES", "crates")
files = []
for root, _, names in os.walk(src):
    for n in names:
        if n.endswith(".rs") and "tests" not in root:
            p = os.path.join(root, n)
            files.append((os.path.relpath(p, os.path.dirname(os.path.abspath(src)) if os.path.isabs(src) else "."), open(p, encoding="utf-8").read().split("\n")))
files = files[:120]
N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
def aws(i):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return "AKIA" + "".join(random.choice(alphabet) for _ in range(16))
secrets = {}
out = sys.stdout.buffer
state = {p: lines[:] for p, lines in files}
mark = 0
def blob(data):
    global mark
    mark += 1
    b = data.encode()
    out.write(b"blob\nmark :%d\ndata %d\n" % (mark, len(b)) + b + b"\n")
    return mark
t = 1600000000
planted = []
for c in range(N):
    changed = {}
    for _ in range(random.randint(1, 3)):
        p, _ = random.choice(files)
        lines = state[p]
        i = random.randrange(len(lines))
        if random.random() < 0.5:
            lines.insert(i, f"    // change {c}: tweak {random.randint(0, 10**6)}")
        else:
            lines[i] = lines[i] + f" // edited in {c}"
        changed[p] = lines
    if c % 150 == 75:
        p, _ = random.choice(files)
        key = aws(c)
        state[p].insert(3, f'const AWS_ACCESS_KEY_ID: &str = "{key}";')
        changed[p] = state[p]
        planted.append((c, p))
    if c % 150 == 140 and planted:
        # remove the last planted secret again
        _, p = planted[-1]
        state[p] = [l for l in state[p] if "AWS_ACCESS_KEY_ID" not in l]
        changed[p] = state[p]
    if c == 0:
        changed = dict(state)
    marks = {p: blob("\n".join(l)) for p, l in changed.items()}
    msg = f"commit {c}".encode()
    out.write(b"commit refs/heads/main\n")
    out.write(b"author Dev %d <dev%d@example.invalid> %d +0000\n" % (c % 7, c % 7, t + c * 3600))
    out.write(b"committer Dev <dev@example.invalid> %d +0000\n" % (t + c * 3600))
    out.write(b"data %d\n" % len(msg) + msg + b"\n")
    for p, m in marks.items():
        out.write(b"M 100644 :%d %s\n" % (m, p.encode()))
    out.write(b"\n")
sys.stderr.write(f"planted {len(planted)} secrets\n")
