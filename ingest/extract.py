"""Article → Extraction, in streamed batches through nlp.pipe."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from ingest import assemble
from ingest import lang as language
from ingest.clean import Segment, segments
from ingest.components.entities import GROUP_KIND
from ingest.components.figures import CARRIED, FIGURES, FOCUS
from ingest.components.relations import RELATIONS
from ingest.kb import KnowledgeBase, load
from ingest.options import ExtractOptions, Failure
from ingest.pipeline import pipeline
from ingest.relations.article import EARLIER_REFS, PARAGRAPH
from ingest.relations.common import EARLIER, SALIENT
from ingest.resolve import Mention, resolve
from schema.errors import InvalidInput
from schema.models import Article, ArticleMeta, Extraction
from schema.ontology import EntityType

# An end that an earlier paragraph named is a guess, like an end left to the article (SALIENT): at most this.
EARLIER_CONFIDENCE = 0.5


@dataclass
class _Prepared:
    meta: ArticleMeta
    text: str
    segments: list[Segment]
    mentions: list[Mention] = field(default_factory=list)
    relation_hits: list[assemble.RelationHit] = field(default_factory=list)
    figure_hits: list[assemble.FigureHit] = field(default_factory=list)
    figure_focus: int | None = None
    firsts: list[int] = field(default_factory=list)  # each paragraph's first mention index


def article_id(article: Article) -> str:
    return article.id or "a-" + hashlib.sha256(article.text.encode()).hexdigest()[:20]


def prepare(article: Article, options: ExtractOptions) -> _Prepared:
    text = article.text
    if "\x00" in text:
        raise InvalidInput("the text contains NUL bytes (binary data?)")
    if len(text) > options.max_chars:
        raise InvalidInput(f"the text has {len(text)} characters, more than the limit of {options.max_chars}")
    if not text.strip():
        raise InvalidInput("the text is empty")
    lang = article.lang or language.detect(text)
    if lang not in ("ja", "en"):
        raise InvalidInput(f"unsupported language {lang!r} (ja or en)")
    digest = hashlib.sha256(
        "\x1f".join([text, article.title, article.url or "", article.published_at or ""]).encode()
    ).hexdigest()
    meta = ArticleMeta(
        id=article_id(article),
        lang=lang,
        title=article.title or _title(text),
        url=article.url,
        published_at=article.published_at,
        content_hash=digest,
    )
    return _Prepared(meta, text, segments(text))


def _title(text: str) -> str:
    """The first line, or its first sentence when the line is a whole paragraph."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) <= 80:
        return first
    end = min((i for i in (first.find(c) for c in "。！？!?:：") if 0 < i < 80), default=-1)
    return first[: end + (first[end] in "。！？!?")] if end > 0 else first[:79] + "…"


def extract_stream(articles: Iterable[Article], options: ExtractOptions) -> Iterator[Extraction | Failure]:
    """Extractions in input order; an article that cannot be read yields a Failure and the rest go on."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= options.batch_size:
            yield from _extract_batch(batch, options)
            batch = []
    if batch:
        yield from _extract_batch(batch, options)


def _extract_batch(batch: list[Article], options: ExtractOptions) -> list[Extraction | Failure]:
    results: list[Extraction | Failure | _Prepared] = []
    for article in batch:
        try:
            results.append(prepare(article, options))
        except InvalidInput as exc:
            results.append(Failure(article_id(article) if article.text else "", article.source, str(exc)))
    kb = load(limit=options.kb_limit)
    for lang in ("ja", "en"):
        todo = [p for p in results if isinstance(p, _Prepared) and p.meta.lang == lang]
        if todo:
            nlp = pipeline(lang, ja_model=options.ja_model, en_models=options.en_models, kb_limit=options.kb_limit)
            _annotate(nlp, todo, kb)
    return [_finish(r, kb) if isinstance(r, _Prepared) else r for r in results]


def _annotate(nlp: Language, prepared: list[_Prepared], kb: KnowledgeBase) -> None:
    with nlp.memory_zone():  # keeps a long-running process from growing with every new word seen
        for doc, (article, seg) in nlp.pipe(_paragraphs(nlp, prepared), as_tuples=True, batch_size=64):
            _collect(article, doc, seg.start, kb)


def _paragraphs(nlp: Language, prepared: list[_Prepared]) -> Iterator[tuple[Doc, tuple[_Prepared, Segment]]]:
    """Each segment's doc, marked with its article and place so the relation rules can look back."""
    for p in prepared:
        for ordinal, seg in enumerate(p.segments):
            doc = nlp.make_doc(p.text[seg.start : seg.end])
            doc._.set(PARAGRAPH, (id(p), ordinal))
            yield doc, (p, seg)


def _collect(article: _Prepared, doc: Doc, offset: int, kb: KnowledgeBase) -> None:
    """Mentions and hits of one segment's doc, in article offsets and article-wide mention indices."""
    first = len(article.mentions)
    article.firsts.append(first)
    article.mentions.extend(_mentions(doc, offset, kb))
    earlier: dict[int, tuple[int, int]] = doc._.get(EARLIER_REFS) or {}

    def mention(k: int) -> int | None:
        if k <= EARLIER:  # an actor of an earlier paragraph
            ref = earlier.get(k)
            if ref is None or ref[0] >= len(article.firsts) - 1:  # only a paragraph before this one
                return None
            return article.firsts[ref[0]] + ref[1]
        return k if k == SALIENT else first + k

    for r in doc._.get(RELATIONS) or []:
        head, tail = mention(r.head), mention(r.tail)
        if head is None or tail is None:
            continue
        conf, rule, earlier_end = r.confidence, r.rule, ""
        if min(r.head, r.tail) <= EARLIER:  # less sure than an antecedent in the paragraph itself
            conf, rule = round(min(conf * 0.8, EARLIER_CONFIDENCE), 2), rule + "+earlier"
            earlier_end = "head" if r.head <= EARLIER else "tail"
        article.relation_hits.append(
            assemble.RelationHit(
                head, r.type, tail, conf, offset + r.sent_start, offset + r.sent_end, rule, earlier_end
            )
        )
    for f in doc._.get(FIGURES) or []:
        holder = article.figure_focus if f.entity == CARRIED else mention(f.entity)
        if holder is None:
            continue
        amount = replace(f.amount, start=offset + f.amount.start, end=offset + f.amount.end)
        article.figure_hits.append(
            assemble.FigureHit(holder, f.kind, amount, offset + f.sent_start, offset + f.sent_end, f.confidence, f.rule)
        )
    focus = doc._.get(FOCUS)
    if focus is not None:
        article.figure_focus = mention(focus)


def _mentions(doc: Doc, offset: int, kb: KnowledgeBase) -> list[Mention]:
    out = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        if ent.kb_id_:  # the span was widened to token edges; keep the name's own characters
            own = [m for m in kb.find(ent.text) if m.entity.id == ent.kb_id_]
            if own:
                start, end = ent.start_char + own[0].start, ent.start_char + own[0].end
        out.append(
            Mention(
                text=doc.text[start:end],
                start=offset + start,
                end=offset + end,
                type=EntityType(ent.label_),
                kb_id=ent.kb_id_,
                group=ent._.get(GROUP_KIND),
            )
        )
    return out


def _finish(prepared: _Prepared, kb: KnowledgeBase) -> Extraction:
    entities = resolve(prepared.mentions, kb)
    types = {e.id: e.type for e in entities}
    return Extraction(
        article=prepared.meta,
        text=prepared.text,
        entities=entities,
        relations=assemble.relations(prepared.relation_hits, prepared.mentions, entities, prepared.text),
        metrics=assemble.metrics(prepared.figure_hits, prepared.mentions, types, prepared.text),
    )


def eval_json(extraction: Extraction) -> dict[str, object]:
    """The format of ../shared/eval/README.md."""
    return {
        "article": {"id": extraction.article.id, "lang": extraction.article.lang, "title": extraction.article.title},
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type.value,
                "aliases": e.aliases,
                "mentions": [m.model_dump() for m in e.mentions],
            }
            for e in extraction.entities
        ],
        "relations": [
            {
                "head": r.head,
                "type": r.type,
                "tail": r.tail,
                "confidence": r.confidence,
                "rule": r.rule,
                "evidence": [s.model_dump() for s in r.evidence],
            }
            for r in extraction.relations
        ],
        "metrics": [
            {
                "entity": m.entity,
                "kind": m.kind.value,
                "value": m.value,
                "unit": m.unit,
                "approximate": m.approximate,
                "raw": m.raw,
                "confidence": m.confidence,
                "rule": m.rule,
                "evidence": m.evidence.model_dump(),
            }
            for m in extraction.metrics
        ],
    }
