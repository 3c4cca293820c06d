"""The bundled demo articles (bot/samples/*.json) are valid `sitrep ingest` JSON documents."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

SAMPLES = sorted((Path(__file__).parent.parent / "bot" / "samples").glob("*.json"))


def test_samples_are_ingest_json_in_publication_order() -> None:
    assert 4 <= len(SAMPLES) <= 6
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in SAMPLES]
    for doc in docs:
        assert set(doc) == {"title", "text", "published", "url", "source", "lang"}
        assert doc["text"].strip() and doc["title"].strip()
        assert doc["lang"] in {"es", "en"}
        assert datetime.fromisoformat(doc["published"]).utcoffset() is not None
    published = [datetime.fromisoformat(d["published"]) for d in docs]
    assert published == sorted(published), "file names must sort in publication order"
    langs = [d["lang"] for d in docs]
    assert langs.count("es") >= 2 and langs.count("en") >= 2
    assert any(">>" in d["text"] for d in docs)


def test_samples_are_not_corpus_copies() -> None:
    corpus = Path(__file__).parent / "data" / "corpus"
    corpus_texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in corpus.glob("*.json")]
    for path in SAMPLES:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        for sentence in text.split(". "):
            if len(sentence) > 60:
                assert not any(sentence in other for other in corpus_texts), (path.name, sentence)
