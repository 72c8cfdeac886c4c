"""Peer: Python jieba. Prints JSON: dictionary load (cold: no cache file),
cut and extract_tags of the reference report and of 1 MB."""
import json, os, statistics, sys, tempfile, time

import jieba
import jieba.analyse

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, "../../../shared/corpus")
files = ["hengyang_cppcc_2021.txt", "gov_national_2013.txt", "gov_national_2022.txt",
         "gov_national_2018_partial.txt", "gov_national_2012_scrape.txt", "cpc_congress19_2017.txt"]
gbk = {"gov_national_2013.txt", "gov_national_2012_scrape.txt"}

def read(name):
    with open(os.path.join(corpus, name), "rb") as f:
        return f.read().decode("gbk" if name in gbk else "utf-8-sig")

reference = read(files[0])
big, i = "", 0
while len(big.encode("utf-8")) < 1 << 20:
    big += read(files[i % len(files)]) + "\n"
    i += 1

jieba.setLogLevel(60)
jieba.dt.tmp_dir = tempfile.mkdtemp()  # no cache from an earlier run: a cold load
started = time.perf_counter()
jieba.initialize()
load = (time.perf_counter() - started) * 1000

def median_ms(f, runs=5):
    samples = []
    for _ in range(runs):
        t = time.perf_counter(); f(); samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)

print(json.dumps({
    "peer": f"Python jieba {jieba.__version__} (CPython {sys.version.split()[0]})",
    "load_ms": load,
    "cut_reference_ms": median_ms(lambda: list(jieba.cut(reference, HMM=False))),
    "cut_and_tags_reference_ms": median_ms(lambda: (list(jieba.cut(reference, HMM=False)), jieba.analyse.extract_tags(reference, topK=150))),
    "cut_1mb_ms": median_ms(lambda: list(jieba.cut(big, HMM=False)), 3),
}))
