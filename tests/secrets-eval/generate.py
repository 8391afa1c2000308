#!/usr/bin/env python3
"""Writes a labeled evaluation tree for redflag's secret-format rules.

Positives: N fake values per format of formats.jsonl (same template syntax as the rule
fixtures, expanded here by an independent implementation), each planted in a realistic
context: .env, YAML, JSON, Python, Rust, shell, Dockerfile, log lines. Negatives: values a
scanner must stay quiet on (placeholders, documentation keys, broken checksums, hashes,
UUIDs, random blobs without a prefix, public keys and certificates, templated URLs).

Usage: generate.py OUT_DIR [N] [SEED]  ->  OUT_DIR/{pos,neg}/... and OUT_DIR/labels.json
Nothing here is a real credential: every value is random and generated at run time.
"""
import base64
import json
import os
import random
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHABETS = {
    "alnum": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "lower": "abcdefghijklmnopqrstuvwxyz0123456789",
    "upper": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "alpha": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "digits": "0123456789",
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "base32": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "base64": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
    "base64url": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
}
BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def rand(rng, kind, n):
    return "".join(rng.choice(ALPHABETS[kind]) for _ in range(n))


def base62(value, width):
    out = []
    for _ in range(width):
        out.append(BASE62[value % 62])
        value //= 62
    return "".join(reversed(out))


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def age_key(rng):
    hrp = "age-secret-key-"
    data = [rng.randrange(32) for _ in range(51)] + [rng.randrange(2) << 4]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = bech32_polymod(expanded + data + [0] * 6) ^ 1
    check = [(pm >> (5 * (5 - i))) & 31 for i in range(6)]
    return "AGE-SECRET-KEY-1" + "".join(BECH32[v] for v in data + check).upper()


def fake(rng, kind, arg):
    if kind in ALPHABETS:
        return rand(rng, kind, int(arg))
    if kind == "github":
        body = rand(rng, "alnum", 30)
        return "%s_%s%s" % (arg, body, base62(zlib.crc32(body.encode()), 6))
    if kind == "jwt":
        header = json.dumps({"alg": arg, "typ": "JWT"}, separators=(",", ":")).encode()
        payload = json.dumps({"sub": rand(rng, "alnum", 12), "iat": rng.randrange(10**9, 2 * 10**9)},
                             separators=(",", ":")).encode()
        return "%s.%s.%s" % (b64url(header), b64url(payload), rand(rng, "base64url", 43))
    if kind == "age":
        return age_key(rng)
    if kind == "basic-auth":
        return base64.b64encode(("%s:%s" % (arg, rand(rng, "alnum", 16))).encode()).decode()
    raise ValueError("unknown fake kind " + kind)


def expand(rng, template):
    return re.sub(r"\{\{fake:([^:}]+):?([^}]*)\}\}", lambda m: fake(rng, m.group(1), m.group(2)), template)


# Each context: (file name, header lines, how one value is written). `{v}` is the value.
TOKEN_CONTEXTS = [
    ("app/.env", [], "SERVICE_TOKEN={v}"),
    ("deploy/values.yaml", ["service:", "  replicas: 2"], "  token: \"{v}\""),
    ("config/settings.json", ["{"], "  \"service_token\": \"{v}\","),
    ("src/client.py", ["import requests", ""], "CLIENT = make_client(token=\"{v}\")"),
    ("src/main.rs", ["use std::env;", ""], "const TOKEN: &str = \"{v}\";"),
    ("scripts/deploy.sh", ["#!/bin/sh", "set -eu"], "export SERVICE_TOKEN='{v}'"),
    ("Dockerfile", ["FROM alpine:3.20"], "ENV SERVICE_TOKEN={v}"),
    ("logs/app.log", [], "2024-05-01T10:00:00Z DEBUG sending request with credential {v} to upstream"),
    ("src/api.py", ["import httpx", ""], "HEADERS = {{\"Authorization\": \"Bearer {v}\"}}"),
    ("scripts/call.sh", ["#!/bin/sh"], "curl -sf -H 'X-Api-Key: {v}' https://api.internal/v1/items"),
    ("config/app.toml", ["[service]", "name = \"billing\""], "token = \"{v}\""),
    ("config/app.ini", ["[service]"], "token = {v}"),
]
LINE_CONTEXTS = [
    ("app/.env", [], "{v}"),
    ("logs/app.log", [], "{v}"),
    ("src/settings.py", ["import os", ""], "{v}"),
]


def write_positives(out, n, rng, labels):
    formats = [json.loads(line) for line in open(os.path.join(HERE, "formats.jsonl")) if line.strip()]
    files = {}
    for fmt in formats:
        for i in range(n):
            value = expand(rng, fmt["template"])
            if fmt["kind"] == "token":
                name, header, pattern = TOKEN_CONTEXTS[(i + len(labels)) % len(TOKEN_CONTEXTS)]
            else:
                name, header, pattern = LINE_CONTEXTS[(i + len(labels)) % len(LINE_CONTEXTS)]
            lines = files.setdefault(name, list(header))
            lines.append("")  # keep blocks apart
            lines.append("# planted: %s" % fmt["rule"] if not name.endswith(".json") else "  \"_note\": \"planted\",")
            start = len(lines) + 1
            lines.extend(pattern.format(v=value).split("\n"))
            labels.append({"file": "pos/" + name, "line": start, "rule": fmt["rule"]})
    for name, lines in files.items():
        if name.endswith(".json"):
            lines.append("  \"end\": true")
            lines.append("}")
        path = os.path.join(out, "pos", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write("\n".join(lines) + "\n")
    return len(formats)


def negatives(rng):
    """Values that look like secrets to a naive scanner but are not credentials."""
    v = []
    body = rand(rng, "alnum", 30)
    bad_crc = base62((zlib.crc32(body.encode()) + 1) % (1 << 32), 6)
    v += ["GITHUB_TOKEN=ghp_%s%s" % (body, bad_crc), "NPM_TOKEN=npm_%s%s" % (body, bad_crc)]
    v += ["aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
          "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "api_key: ${API_KEY}", "token = \"<your-api-key>\"", "STRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
          "OPENAI_API_KEY=sk-...", "SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
          "DATABASE_URL=postgres://user:password@localhost:5432/app",
          "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app",
          "url = f\"mysql://{user}:{password}@{host}/db\"",
          "AZURE_STORAGE=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<key>",
          "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n\",",
          "KEY_MARKER = \"-----BEGIN RSA PRIVATE KEY-----\"",
          "Authorization: Basic $(echo -n $USER:$PASS | base64)"]
    for _ in range(20):
        v.append("commit %s" % rand(rng, "hex", 40))
        v.append("sha256 = \"%s\"" % rand(rng, "hex", 64))
        v.append("request_id = \"%s-%s-%s-%s-%s\"" % tuple(rand(rng, "hex", k) for k in (8, 4, 4, 4, 12)))
        v.append("\"integrity\": \"sha512-%s==\"" % rand(rng, "base64", 86))
        v.append("blob = \"%s\"" % rand(rng, "base64", 40))
        v.append("data: %s" % rand(rng, "base64", 88))
        v.append("id = \"%s\"" % rand(rng, "alnum", 32))
        v.append("eyJ%s.eyJ%s.%s" % (rand(rng, "base64url", 30), rand(rng, "base64url", 30), rand(rng, "base64url", 43)))
        v.append("SK%s" % rand(rng, "hex", 31))
        v.append("key-%s" % rand(rng, "hex", 20))
    v.append("-----BEGIN PUBLIC KEY-----\n%s\n%s\n-----END PUBLIC KEY-----" % (rand(rng, "base64", 64), rand(rng, "base64", 64)))
    v.append("-----BEGIN CERTIFICATE-----\n%s\n%s\n-----END CERTIFICATE-----" % (rand(rng, "base64", 64), rand(rng, "base64", 64)))
    v.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s user@host" % rand(rng, "base64", 43))
    return v


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20241126)
    labels = []
    formats = write_positives(out, n, rng, labels)
    neg = negatives(rng)
    os.makedirs(os.path.join(out, "neg"), exist_ok=True)
    with open(os.path.join(out, "neg", "lookalikes.txt"), "w") as fh:
        fh.write("\n".join(neg) + "\n")
    with open(os.path.join(out, "labels.json"), "w") as fh:
        json.dump({"formats": formats, "per_format": n, "positives": labels, "negatives": len(neg)}, fh)
    print("planted %d values of %d formats, %d negatives" % (len(labels), formats, len(neg)))


if __name__ == "__main__":
    main()
