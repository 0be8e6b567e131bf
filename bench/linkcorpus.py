#!/usr/bin/env python3
"""Varied reports for the linking benchmark (bench/link.sh), made from the project's own sample sentences.

usage: linkcorpus.py SAMPLES_DIR COUNT OUT.jsonl [SEED]

Each report takes sentences of one language (en, uk, ru) from samples/, shuffled, with towns, months, years and
other numbers replaced at random, and a publication date spread over 2022-2025; the years and months in its text
are moved near that date, so a report's events fall near its publication as in a real feed. Deterministic for a
seed. Not a test set: the texts are scrambled and their facts are not true.
"""
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

# Occupied or front-line towns, in the three languages; the stem is what inflected forms start with.
TOWNS = [
    ("Melitopol", "Мелітопол", "Мелитопол"), ("Enerhodar", "Енергодар", "Энергодар"),
    ("Berdiansk", "Бердянськ", "Бердянск"), ("Mariupol", "Маріупол", "Мариупол"), ("Kherson", "Херсон", "Херсон"),
    ("Nova Kakhovka", "Нова Каховк", "Новая Каховк"), ("Tokmak", "Токмак", "Токмак"),
    ("Henichesk", "Генічеськ", "Геническ"), ("Skadovsk", "Скадовськ", "Скадовск"), ("Oleshky", "Олешк", "Алешк"),
    ("Vasylivka", "Василівк", "Васильевк"), ("Polohy", "Полог", "Полог"), ("Kakhovka", "Каховк", "Каховк"),
    ("Donetsk", "Донецьк", "Донецк"), ("Luhansk", "Луганськ", "Луганск"), ("Horlivka", "Горлівк", "Горловк"),
    ("Makiivka", "Макіївк", "Макеевк"), ("Alchevsk", "Алчевськ", "Алчевск"), ("Dzhankoi", "Джанко", "Джанко"),
    ("Sevastopol", "Севастопол", "Севастопол"), ("Yevpatoria", "Євпаторі", "Евпатори"),
    ("Sievierodonetsk", "Сєвєродонецьк", "Северодонецк"), ("Lysychansk", "Лисичанськ", "Лисичанск"),
    ("Bakhmut", "Бахмут", "Бахмут"), ("Kupiansk", "Куп'янськ", "Купянск"), ("Izium", "Ізюм", "Изюм"),
    ("Nikopol", "Нікопол", "Никопол"), ("Zaporizhzhia", "Запоріжж", "Запорожь"),
]
LANG_INDEX = {"en": 0, "uk": 1, "ru": 2}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
}
OUTLETS = ["Example Monitor", "Field Desk", "Regional Wire", "Coastal Herald", "Steppe Review", "Daily Ledger"]
SENTENCE_END = re.compile(r'(?<=[.!?»"])\s+(?=[A-ZА-ЯІЇЄҐ«"])')


def sentences(samples):
    by_lang = {"en": [], "uk": [], "ru": []}
    for line in (samples / "reports.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            by_lang.setdefault(d["language"], []).extend(SENTENCE_END.split(d["text"].strip()))
    for path in sorted((samples / "text").glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[-1]
        by_lang["en"].extend(SENTENCE_END.split(" ".join(body.split())))
    return {k: [s for s in v if len(s.split()) >= 4] for k, v in by_lang.items()}


def town_pattern(lang):
    stems = sorted((t[LANG_INDEX[lang]] for t in TOWNS), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(s) for s in stems) + r")")


def month_pattern(lang):
    return re.compile(r"\b(" + "|".join(MONTHS[lang]) + r")\b")


def vary(sentence, lang, rng, published, towns, months):
    sentence = towns.sub(lambda m: rng.choice(TOWNS)[LANG_INDEX[lang]], sentence)
    sentence = months.sub(lambda m: MONTHS[lang][(published.month - 1 - rng.randint(0, 1)) % 12], sentence)

    def number(m):
        digits = m.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(published.year - (1 if rng.random() < 0.2 else 0))
        if len(digits) <= 2:
            return str(rng.randint(1, 28))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    return re.sub(r"\d+", number, sentence)


def main():
    samples, count, out = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 11)
    pool = sentences(samples)
    patterns = {lang: (town_pattern(lang), month_pattern(lang)) for lang in pool}
    start, days = date(2022, 1, 1), (date(2025, 12, 31) - date(2022, 1, 1)).days
    with out.open("w", encoding="utf-8") as f:
        for i in range(count):
            lang = rng.choices(["en", "uk", "ru"], weights=[6, 2.5, 1.5])[0]
            published = start + timedelta(days=rng.randint(0, days))
            src = pool[lang]
            words_wanted = rng.randint(150, 450) if lang == "en" else rng.randint(100, 220)
            chosen, words = [], 0
            for s in rng.sample(src, len(src)):
                if words >= words_wanted:
                    break
                chosen.append(vary(s, lang, rng, published, *patterns[lang]))
                words += len(s.split())
            text = " ".join(chosen)
            title = chosen[0][:80]
            f.write(json.dumps({"id": f"bench-{i}", "url": f"https://bench.example.org/{i}", "outlet": rng.choice(OUTLETS),
                                "title": title, "published": published.isoformat(), "language": lang,
                                "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
