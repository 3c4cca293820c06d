"""Headings and phrases per channel language; quoted article text is never translated."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, format_timedelta

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "brief": "Briefing",
        "daily": "Daily digest",
        "deadlines": "Deadlines",
        "no_deadlines": "No deadlines.",
        "statement": "Statements (on the record)",
        "claim": "Claims (unconfirmed)",
        "fact": "Facts",
        "commentary": "Commentary (unattributed, not confirmed)",
        "expired": "expired",
        "left": "left",
        "ago": "ago",
        "status": "status",
        "condition": "condition",
        "nothing_new": "Nothing new.",
        "since": "since",
        "late": "Sent late: this digest was due while sitrep was down.",
        "notes": "Notes",
        "reminder": "Deadline reminder",
        "changed": "Deadline changed",
        "due": "due",
        "source": "source",
        "unattributed": "unattributed",
    },
    "es": {
        "brief": "Resumen",
        "daily": "Resumen diario",
        "deadlines": "Plazos",
        "no_deadlines": "Sin plazos.",
        "statement": "Declaraciones (oficiales)",
        "claim": "Afirmaciones (sin confirmar)",
        "fact": "Hechos",
        "commentary": "Comentarios (sin atribuir, no confirmados)",
        "expired": "vencido",
        "left": "restantes",
        "ago": "hace",
        "status": "estado",
        "condition": "condición",
        "nothing_new": "Nada nuevo.",
        "since": "desde",
        "late": "Enviado con retraso: este resumen tocaba mientras sitrep estaba caído.",
        "notes": "Notas",
        "reminder": "Recordatorio de plazo",
        "changed": "Plazo modificado",
        "due": "vence",
        "source": "fuente",
        "unattributed": "sin atribuir",
    },
}


def phrases(language: str) -> dict[str, str]:
    """Return the phrase table for a language, English where there is none."""
    return PHRASES.get(language, PHRASES["en"])


def format_when(when: datetime, language: str, timezone: str) -> str:
    """Format an instant in the channel's zone and locale, e.g. "1 Feb 2026, 00:00 CET"."""
    return format_datetime(when, "d MMM yyyy, HH:mm zzz", tzinfo=ZoneInfo(timezone), locale=language)


def format_left(left: timedelta, language: str) -> str:
    """Say how long is left ("in 3 days") or how long ago it passed ("2 days ago")."""
    return format_timedelta(left, add_direction=True, locale=language, threshold=1.1)
