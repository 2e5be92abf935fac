"""Writes a benchmark case shaped like an experiment on word-embedding models.

    python3 word_embeddings_case.py FOLDER [ITEMS [SEED]]

FOLDER receives five float32 .npy sources (ITEMS rows, default 1,240; dimensions 300, 300, 768,
768 and 1,024, like GloVe/word2vec, two BERT-base-like and one large model), items.txt (one word
per line), frequencies.tsv (word<TAB>count, Zipf) and attributes.tsv (word<TAB>attribute, 60
attributes, 1 to 4 per word). Every model maps the words' shared sparse attribute codes through
its own random dictionary, adds its own offset and noise whose scale falls with the word's
frequency: the structure the bias, noise and probe analyses look for, on random data (no real
embeddings).
"""
import os
import sys

import numpy as np


def main():
    folder = sys.argv[1]
    items = int(sys.argv[2]) if len(sys.argv) > 2 else 1240
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 17
    rng = np.random.default_rng(seed)
    os.makedirs(folder, exist_ok=True)
    words = ["w%05d" % i for i in range(items)]
    attributes = 60
    codes = np.zeros((items, attributes))
    labels = []
    for i in range(items):
        active = rng.choice(attributes, size=rng.integers(1, 5), replace=False, p=None)
        codes[i, active] = 1.0 + 0.25 * rng.standard_normal(len(active))
        labels.append(sorted(active))
    counts = np.floor(1e6 / (1 + rng.permutation(items)) + 5).astype(np.int64)
    noise_sd = 0.6 * (counts / counts.max()) ** -0.25 / (1e6 ** 0.25 / 5)
    for name, dim, bias in [("glove", 300, 1.0), ("w2v", 300, 0.5), ("bert", 768, 3.0), ("roberta", 768, 2.0),
                            ("large", 1024, 1.5)]:
        dictionary = rng.standard_normal((attributes, dim)) / np.sqrt(attributes)
        offset = rng.standard_normal(dim)
        offset *= bias / np.linalg.norm(offset)
        x = codes @ dictionary + offset + noise_sd[:, None] * rng.standard_normal((items, dim)) / np.sqrt(dim) * 4
        np.save(os.path.join(folder, name + ".npy"), x.astype(np.float32))
    with open(os.path.join(folder, "items.txt"), "w") as f:
        f.write("\n".join(words) + "\n")
    with open(os.path.join(folder, "frequencies.tsv"), "w") as f:
        for word, count in zip(words, counts):
            f.write("%s\t%d\n" % (word, count))
    with open(os.path.join(folder, "attributes.tsv"), "w") as f:
        for word, active in zip(words, labels):
            for a in active:
                f.write("%s\tattr%02d\n" % (word, a))


if __name__ == "__main__":
    main()
