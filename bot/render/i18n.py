"""Headings and phrases per channel language; quoted article text is never translated."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, format_timedelta

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "brief": "Briefing",
        "changes_since_last": "Since the last digest",
        "recent_changes": "Recent changes",
        "change_extended": "Extended",
        "change_met": "Met",
        "change_broken": "Broken",
        "change_cancelled": "Cancelled",
        "change_expired": "Expired",
        "change_moved": "Moved",
        "change_pending": "Reopened",
        "expired_no_news": "the due time passed with no news of an extension",
        "confirmed_by": "confirmed by {who}",
        "denied_by": "denied by {who}",
        "named_source": "a named source",
        "claim_word": "Claim",
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
        "late_post": "Sent late: this was due while sitrep was down.",
        "custom_reminder": "Reminder",
        "due_now": "now",
        "runs_between": "{first} … {last} ({count} runs)",
        "more_missed": "…and {count} more posts missed while sitrep was down.",
        "next_deadline": "next deadline",
        "no_open_deadline": "No open deadline.",
        "skipped_digest": (
            "The digest due {when} was not sent: sitrep was down for longer than the {grace} grace period."
        ),
        "coalesced_digest": (
            "The digest due {when} was missed while sitrep was down; its news is in this one."
        ),
        "skipped_reminder": (
            "Missed reminder ({when}): {what} ({development}); sitrep was down and it was too late to send."
        ),
        "disabled": (
            "Posting to {channel} has stopped: {reason}. Fix the channel or "
            "its permissions, then set the digest again."
        ),
    },
    "es": {
        "brief": "Resumen",
        "status_open": "abierto",
        "status_proposed": "propuesto",
        "status_agreed": "acordado",
        "status_in effect": "en vigor",
        "status_extended": "prorrogado",
        "status_expired": "vencido",
        "status_broken": "incumplido",
        "status_resolved": "resuelto",
        "status_pending": "pendiente",
        "status_met": "cumplido",
        "status_cancelled": "cancelado",
        "changes_since_last": "Desde el último resumen",
        "recent_changes": "Cambios recientes",
        "change_extended": "Prorrogado",
        "change_met": "Cumplido",
        "change_broken": "Incumplido",
        "change_cancelled": "Cancelado",
        "change_expired": "Vencido",
        "change_moved": "Aplazado",
        "change_pending": "Reabierto",
        "expired_no_news": "venció sin noticias de una prórroga",
        "confirmed_by": "confirmado por {who}",
        "denied_by": "desmentido por {who}",
        "named_source": "una fuente identificada",
        "claim_word": "Afirmación",
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
        "late_post": "Enviado con retraso: tocaba mientras sitrep estaba caído.",
        "custom_reminder": "Recordatorio",
        "due_now": "ahora",
        "runs_between": "{first} … {last} ({count} envíos)",
        "more_missed": "…y {count} envíos más perdidos mientras sitrep estaba caído.",
        "next_deadline": "próximo plazo",
        "no_open_deadline": "Sin plazos abiertos.",
        "skipped_digest": (
            "El resumen previsto para el {when} no se envió: sitrep estuvo caído más del margen de {grace}."
        ),
        "coalesced_digest": (
            "El resumen previsto para el {when} se perdió mientras "
            "sitrep estaba caído; sus novedades van en este."
        ),
        "skipped_reminder": (
            "Recordatorio perdido ({when}): {what} ({development}); sitrep "
            "estaba caído y ya era tarde para enviarlo."
        ),
        "disabled": (
            "Se dejó de publicar en {channel}: {reason}. Arregla el canal o "
            "sus permisos y vuelve a configurar el resumen."
        ),
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
