"""The usual date spans are read without dateparser, and read exactly as dateparser reads them."""

import pytest

from bot.analysis.lexicon import load_lexicon
from bot.analysis.temporal import _dateparser_span, _parse_span, _plain_span_re

read_span = _parse_span.__wrapped__  # past the cache: each span read again

EN_FORMS = [
    "{month} {day}",
    "{month}. {day}{suffix}",
    "{month} {day}{suffix}, {year}",
    "{month}. {day} {year}",
    "{day} {month}",
    "{day}{suffix} of {month}.",
    "{day} {month}, {year}",
    "{day}{suffix} of {month} {year}",
]
ES_FORMS = ["{day} de {month}", "{day} de {month} de {year}", "{day} de {month} del {year}"]


def _spans(code: str, forms: list[str]) -> list[str]:
    months = sorted(load_lexicon(code).months)
    out = []
    for k, month in enumerate(months):  # every month word, in turn with every form and edge day
        for j, form in enumerate(forms):
            day = ("1", "09", "28", "29", "30", "31")[(k + j) % 6]
            suffix = ("st", "nd", "rd", "th", "")[(k + j) % 5]
            year = ("2027", "2024", "1900", "2099", "2000")[(k + j) % 5]
            out.append(form.format(month=month, day=day, suffix=suffix, year=year))
    return out


@pytest.mark.parametrize(("code", "forms"), [("en", EN_FORMS), ("es", ES_FORMS)])
def test_plain_spans_read_as_dateparser_reads_them(code: str, forms: list[str]) -> None:
    spans = _spans(code, forms)
    plain = _plain_span_re(code)
    assert plain is not None and all(plain.fullmatch(span) for span in spans)
    assert [read_span(s, code) for s in spans] == [_dateparser_span(s, code) for s in spans]


@pytest.mark.parametrize(
    ("code", "span"),
    [
        ("en", "march 32"),  # dateparser reads a day past 31 as a year
        ("en", "00 march"),
        ("en", "march 18-20"),
        ("en", "15 and 16 january"),
        ("en", "march 3, 1899"),
        ("en", "march  3"),
        ("es", "1º de mayo"),  # dateparser reads no ordinal mark
        ("es", "10/12"),
        ("es", "9 y 16 de diciembre"),
    ],
)
def test_other_spans_go_to_dateparser(code: str, span: str) -> None:
    plain = _plain_span_re(code)
    assert plain is not None and plain.fullmatch(span) is None
    assert read_span(span, code) == _dateparser_span(span, code)
