#!/usr/bin/env python3
"""Writes a Telegram Desktop channel export (result.json) of N messages and the same reports as JSON Lines.

usage: bench/telegram_export.py N OUT_DIR   ->  OUT_DIR/result.json, OUT_DIR/reports.jsonl

The messages are the project's own template sentences about the occupied territories, filled with places, figures
and dates drawn from a seeded generator, so every run writes the same files. Every 50th message is a service message
(skipped by ingest and left out of the JSON Lines); a third of the texts are arrays of strings and entities, some
posts are forwards. The JSON Lines file holds exactly the reports the export yields (same text, date and outlet),
so ingesting both measures the formats, not the content.
"""
import datetime, json, os, random, sys
from zoneinfo import ZoneInfo

KYIV = ZoneInfo("Europe/Kyiv")

PLACES = ["Melitopol", "Berdiansk", "Enerhodar", "Nova Kakhovka", "Skadovsk", "Henichesk", "Tokmak", "Vasylivka",
          "Polohy", "Mariupol", "Kherson", "Oleshky", "Hola Prystan", "Kakhovka", "Dniprorudne", "Prymorsk"]
UK_PLACES = ["Мелітополі", "Бердянську", "Енергодарі", "Скадовську", "Генічеську", "Токмаку", "Маріуполі", "Олешках"]
RU_PLACES = ["Мелитополе", "Бердянске", "Энергодаре", "Скадовске", "Геническе", "Токмаке", "Мариуполе", "Алешках"]
EN = [
    "Occupation authorities in {p} detained {n} residents at a checkpoint on {d} March.",
    "Residents of {p} report that {n} families were told to take Russian passports by the end of the month.",
    "The occupiers closed {n} schools in {p} that refused to teach the Russian curriculum.",
    "Shelling damaged {n} houses on the outskirts of {p} overnight, the regional administration said.",
    "In {p}, {n} teachers were summoned for questioning after lessons in Ukrainian were reported.",
    "Humanitarian convoys could not reach {p} for the {n}th day in a row.",
    "Local sources in {p} say {n} people were taken to an unknown destination after searches of their phones.",
    "The occupation administration of {p} announced {n} new polling stations for the so-called elections.",
]
UK = [
    "В окупованому {p} затримали {n} мешканців на блокпосту {d} березня.",
    "Окупанти змушують {n} родин у {p} отримати російські паспорти до кінця місяця.",
    "У {p} закрили {n} шкіл, які відмовилися викладати за російською програмою.",
]
RU = [
    "В {p} задержаны {n} жителей на блокпосту {d} марта.",
    "Оккупационные власти в {p} объявили об открытии {n} новых избирательных участков.",
    "В {p} {n} учителей вызвали на допрос после уроков на украинском языке.",
]


def sentence(rng):
    r = rng.random()
    n, d = rng.randint(2, 4000), rng.randint(1, 28)
    if r < 0.7:
        return rng.choice(EN).format(p=rng.choice(PLACES), n=n, d=d)
    if r < 0.85:
        return rng.choice(UK).format(p=rng.choice(UK_PLACES), n=n, d=d)
    return rng.choice(RU).format(p=rng.choice(RU_PLACES), n=n, d=d)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(15)
    name, chat_id, t0 = "Zaporizhzhia Monitoring Desk", 1900000015, 1672531200  # 2023-01-01T00:00:00Z
    with open(os.path.join(out, "result.json"), "w", encoding="utf-8") as tg, \
            open(os.path.join(out, "reports.jsonl"), "w", encoding="utf-8") as jl:
        tg.write('{\n "name": %s,\n "type": "public_channel",\n "id": %d,\n "messages": [\n' % (json.dumps(name), chat_id))
        for i in range(1, n + 1):
            unixtime = t0 + i * 97
            local = datetime.datetime.fromtimestamp(unixtime, KYIV)
            m = {"id": i, "type": "message", "date": local.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(unixtime), "from": name,
                 "from_id": "channel%d" % chat_id}
            if i % 50 == 0:
                m.update({"type": "service", "actor": name, "action": "pin_message", "message_id": i - 1, "text": ""})
            else:
                text = " ".join(sentence(rng) for _ in range(rng.randint(2, 4))) + " (report %d)" % i
                if i % 3 == 0:
                    head, _, tail = text.partition(" ")
                    m["text"] = [{"type": "bold", "text": head}, " " + tail]
                else:
                    m["text"] = text
                if i % 17 == 0:
                    m["forwarded_from"] = "Melitopol City Council"
                jl.write(json.dumps({"id": "%d/%d" % (chat_id, i), "url": None, "outlet": name, "title": None,
                                     "published": local.date().isoformat(), "language": None, "text": text},
                                    ensure_ascii=False) + "\n")
            tg.write("  " + json.dumps(m, ensure_ascii=False) + (",\n" if i < n else "\n"))
        tg.write(" ]\n}\n")


if __name__ == "__main__":
    main()
