"""Synthetic news articles in Japanese and English, with made-up people, companies and amounts.

Every article is different (new names keep coming, as in real news), so a long batch exercises the
vocabulary growth that `nlp.memory_zone()` must contain. The sentences follow the shapes of real AI
industry news: founding, leading, investing, rivalries, lawsuits, valuations and GPU counts."""

from __future__ import annotations

import random
from collections.abc import Iterator

from schema.models import Article

_EN_FIRST = ["Maya", "Daniel", "Priya", "Lukas", "Aiko", "Omar", "Sofia", "Ethan", "Chen", "Laura", "Ravi", "Nina"]
_EN_LAST = ["Hartley", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Reyes", "Brandt", "Kowalski", "Haddad", "Price"]
_EN_SYLLABLES = ["ve", "lo", "tra", "nex", "qui", "ra", "zen", "ko", "mi", "sol", "dar", "ion", "ta", "vy"]
_EN_SUFFIX = ["Labs", "AI", "Systems", "Robotics", "Compute", "Dynamics"]
_EN_FUNDS = ["Northwind Capital", "Bluepeak Ventures", "Granite Partners", "Helios Fund", "Crescent Growth"]
_EN_BIG = ["Microsoft", "Google", "Amazon", "Nvidia", "OpenAI", "Meta", "Oracle", "Anthropic"]

_JA_FAMILY = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"]
_JA_GIVEN = ["健太", "美咲", "翔", "陽菜", "大輔", "彩", "拓也", "結衣", "直樹", "真央"]
_JA_KANA = ["ア", "イ", "カ", "キ", "サ", "シ", "タ", "テ", "ナ", "ノ", "マ", "ミ", "ラ", "リ", "ル", "ス", "ト", "ク"]
_JA_SUFFIX = ["テクノロジーズ", "ロボティクス", "AI", "システムズ", "ラボ"]
_JA_FUNDS = ["北斗キャピタル", "青嶺ベンチャーズ", "明星ファンド", "黎明パートナーズ"]
_JA_BIG = ["マイクロソフト", "グーグル", "アマゾン", "エヌビディア", "OpenAI", "ソフトバンク", "オラクル"]


class _Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def en_person(self) -> str:
        return f"{self.rng.choice(_EN_FIRST)} {self.rng.choice(_EN_LAST)}{self.rng.choice(['', 'son', 'er'])}"

    def en_company(self) -> str:
        stem = "".join(self.rng.choice(_EN_SYLLABLES) for _ in range(self.rng.randint(2, 3))).title()
        return f"{stem} {self.rng.choice(_EN_SUFFIX)}"

    def ja_person(self) -> str:
        return f"{self.rng.choice(_JA_FAMILY)}{self.rng.choice(_JA_GIVEN)}"

    def ja_company(self) -> str:
        stem = "".join(self.rng.choice(_JA_KANA) for _ in range(self.rng.randint(2, 4)))
        return f"{stem}{self.rng.choice(_JA_SUFFIX)}"


def _en_article(n: _Names) -> str:
    r = n.rng
    ceo, rival_ceo = n.en_person(), n.en_person()
    company, rival = n.en_company(), n.en_company()
    fund, big = r.choice(_EN_FUNDS), r.choice(_EN_BIG)
    amount, valuation, gpus = r.randint(2, 90), r.randint(100, 900), r.randint(10, 400) * 1000
    paragraphs = [
        f"{company}, the AI start-up founded by {ceo}, has raised ${amount} billion from {fund} and {big}, "
        f"valuing the company at ${valuation} billion.",
        f"{ceo}, the chief executive of {company}, said the money would pay for a data centre with {gpus:,} "
        f"GPUs. The company competes with {rival}, which is led by {rival_ceo}.",
        f"{rival_ceo} criticized {ceo} last month, and {rival} sued {company} over the hiring of its engineers.",
    ]
    r.shuffle(paragraphs)
    return "\n\n".join(paragraphs[: r.randint(2, 3)]) + "\n"


def _ja_article(n: _Names) -> str:
    r = n.rng
    ceo, rival_ceo = n.ja_person(), n.ja_person()
    company, rival = n.ja_company(), n.ja_company()
    fund, big = r.choice(_JA_FUNDS), r.choice(_JA_BIG)
    amount, valuation, gpus = r.randint(2, 90), r.randint(100, 900), r.randint(1, 40)
    paragraphs = [
        f"{ceo}氏が創業した{company}は、{fund}と{big}から{amount}億ドルを調達し、評価額は{valuation}億ドルに達した。",
        f"{company}のCEOである{ceo}氏は、資金を{gpus}万基のGPUを備えたデータセンターに充てると述べた。"
        f"同社は{rival_ceo}氏が率いる{rival}と競合している。",
        f"{rival_ceo}氏は先月{ceo}氏を批判し、{rival}は技術者の引き抜きをめぐって{company}を提訴した。",
    ]
    r.shuffle(paragraphs)
    return "\n\n".join(paragraphs[: r.randint(2, 3)]) + "\n"


def news(lang: str, count: int, *, seed: int = 11) -> Iterator[Article]:
    """`count` distinct articles in `lang`, the same ones for the same seed."""
    names = _Names(random.Random(f"{seed}-{lang}"))
    write = _ja_article if lang == "ja" else _en_article
    for number in range(count):
        yield Article(id=f"gen-{lang}-{number}", lang=lang, title="", text=write(names))
