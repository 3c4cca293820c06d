"""Status from evidence, which deadline a change hits, and claim confirmation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.domain.lifecycle import (
    OUTCOME_AHEAD,
    SURE_ENOUGH,
    DeadlineStep,
    as_told,
    confirmation,
    derive_status,
    match_deadline,
    phase_of,
    pick_deadline,
)
from bot.domain.models import ChangeKind, Deadline, DeadlineChange, DeadlineStatus, Item, Label

NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)


def deadline(id: int, what: str, due: datetime, status: DeadlineStatus = DeadlineStatus.PENDING) -> Deadline:
    return Deadline(id, 1, None, what, due.date().isoformat(), due, status, what)


def item(text: str, label: Label = Label.STATEMENT) -> Item:
    return Item(text, 0, len(text), label, 1.0, "test", speaker="X" if label is Label.STATEMENT else None)


def test_phase_follows_the_furthest_cue_of_statements_and_facts_only() -> None:
    assert phase_of([item("Trump asked Putin to halt strikes.")]) == "proposed"
    assert phase_of([item("Trump asked Putin."), item("Putin agreed to comply.")]) == "agreed"
    assert phase_of([item("Putin agreed.", Label.COMMENTARY)]) is None
    assert phase_of([item("La moratoria seguirá vigente hasta el 4 de febrero.")]) == "in effect"


def test_status_puts_deadline_outcomes_before_the_phase() -> None:
    pending = deadline(1, "pause ends", NOW)
    assert derive_status("agreed", [pending]) == "agreed"
    assert derive_status(None, [pending]) == "proposed"
    assert derive_status("agreed", [deadline(1, "pause", NOW, DeadlineStatus.EXTENDED)]) == "extended"
    assert derive_status("agreed", [deadline(1, "pause", NOW, DeadlineStatus.BROKEN)]) == "broken"
    assert derive_status("agreed", [deadline(1, "pause", NOW, DeadlineStatus.EXPIRED)]) == "expired"
    assert derive_status("proposed", [deadline(1, "ultimatum", NOW, DeadlineStatus.MET)]) == "resolved"
    assert derive_status(None, []) == "open"


def test_a_change_picks_the_open_deadline_its_words_speak_of() -> None:
    mediation = deadline(1, "fin de la mediación", NOW)
    strike = deadline(2, "inicio de la huelga", NOW + timedelta(days=1))
    change = DeadlineChange(ChangeKind.EXTEND, "prorrogó hasta el viernes", 0, 10, None)
    picked = pick_deadline(
        change,
        "El ministerio prorrogó hasta el viernes la mediación.",
        [mediation, strike],
        when=NOW,
        new_due_at=NOW + timedelta(days=4),
    )
    assert picked is mediation
    picked = pick_deadline(
        change,
        "Y la huelga queda aplazada.",
        [mediation, strike],
        when=NOW,
        new_due_at=NOW + timedelta(days=5),
        exclude=[1],
    )
    assert picked is strike


def test_an_extension_never_moves_a_deadline_earlier_and_closed_ones_are_left_alone() -> None:
    pause = deadline(1, "pause ends", NOW)
    change = DeadlineChange(ChangeKind.EXTEND, "extended", 0, 8, None)
    assert pick_deadline(change, "extended", [pause], when=NOW, new_due_at=NOW - timedelta(days=1)) is None
    met = deadline(1, "pause ends", NOW, DeadlineStatus.MET)
    assert pick_deadline(change, "extended", [met], when=NOW, new_due_at=NOW + timedelta(days=1)) is None


def test_a_deadline_that_just_expired_can_still_be_extended() -> None:
    expired = deadline(1, "mediation ends", NOW - timedelta(hours=10), DeadlineStatus.EXPIRED)
    change = DeadlineChange(ChangeKind.EXTEND, "extended the mediation", 0, 8, None)
    assert pick_deadline(change, "", [expired], when=NOW, new_due_at=NOW + timedelta(days=3)) is expired
    long_gone = deadline(1, "mediation ends", NOW - timedelta(days=30), DeadlineStatus.EXPIRED)
    assert pick_deadline(change, "", [long_gone], when=NOW, new_due_at=NOW + timedelta(days=3)) is None


def test_a_strict_match_declines_a_deadline_its_change_cannot_be_about() -> None:
    # Told now that the levy was paid "meeting its deadline": a deadline six weeks ahead is not it,
    # though in publication order (no strict choice) the only open deadline is taken.
    change = DeadlineChange(ChangeKind.MEET, "meeting its deadline", 0, 20, None)
    ahead = deadline(1, "the harbour levy is paid", NOW + timedelta(weeks=6))
    context = "The shipping line paid the harbour levy on Friday, meeting its deadline."
    assert pick_deadline(change, context, [ahead], when=NOW) is ahead
    assert match_deadline(change, context, [ahead], when=NOW, strict=True) is None
    # The deadline as first told (before an extension moved it) still fits.
    assert match_deadline(change, context, [ahead], when=NOW, strict=True, first_dues={1: NOW}) is not None
    just_due = deadline(2, "the harbour levy is paid", NOW - timedelta(days=1))
    found = match_deadline(change, context, [ahead, just_due], when=NOW, strict=True)
    assert found is not None and found.deadline is just_due and found.sureness >= SURE_ENOUGH
    # Told a week ahead it can still be a meeting; a breach far ahead cannot.
    soon = deadline(3, "the harbour levy is paid", NOW + OUTCOME_AHEAD)
    assert match_deadline(change, context, [soon], when=NOW, strict=True, same_article={3}) is None
    breach = DeadlineChange(ChangeKind.BREAK, "missed the deadline", 0, 19, None)
    assert match_deadline(breach, "missed the deadline", [ahead], when=NOW, strict=True) is None


def test_a_strict_match_needs_more_than_the_storys_shared_names() -> None:
    # A cancellation can be told long before its deadline, but the story's names alone (the
    # harbour, the shipping line) do not say which deadline it cancels.
    cancel = DeadlineChange(ChangeKind.CANCEL, "called off", 0, 10, None)
    inspection = deadline(1, "Port of Velmar inspection of the Orsa Line ferries", NOW + timedelta(weeks=5))
    context = "The Port of Velmar and the Orsa Line called off the ferries' strike."
    assert match_deadline(cancel, context, [inspection], when=NOW, strict=True) is None
    strike = deadline(2, "Orsa Line ferries strike begins", NOW + timedelta(weeks=5))
    found = match_deadline(
        cancel, context, [inspection, strike], when=NOW, strict=True, near="called off the ferries' strike"
    )
    assert found is not None and found.deadline is strike


def test_a_strict_match_prefers_the_deadline_due_when_the_change_was_told() -> None:
    # Both deadlines share the port's name with the change; the strike was due in two days, the
    # inspection in five weeks. Publication order breaks the tie by the latest created.
    cancel = DeadlineChange(ChangeKind.CANCEL, "called off", 0, 10, None)
    strike = deadline(1, "walkout at the Port of Velmar", NOW + timedelta(days=2))
    inspection = deadline(2, "inspection at the Port of Velmar", NOW + timedelta(weeks=5))
    near = "the crews at the Port of Velmar called off"
    assert pick_deadline(cancel, near, [strike, inspection], when=NOW, near=near) is inspection
    found = match_deadline(cancel, near, [strike, inspection], when=NOW, near=near, strict=True)
    assert found is not None and found.deadline is strike


def test_when_an_undated_article_was_read_says_nothing_of_which_deadline_its_change_means() -> None:
    # Read (not told) now: the savings plans due tomorrow are not the fine due a month ago.
    fine = Deadline(
        1,
        1,
        1,
        "the fine of 4,000 pounds is paid",
        "2026-05-15",
        NOW - timedelta(days=31),
        DeadlineStatus.PENDING,
        "fell due on May 15",
    )
    plans = deadline(2, "farms file their savings plans", NOW + timedelta(days=1))
    breach = DeadlineChange(ChangeKind.BREAK, "did not pay", 0, 11, None)
    near = "did not pay the fine of 4,000 pounds"
    args = {"when": NOW, "near": near, "strict": True, "same_article": {1, 2}}
    dated = match_deadline(breach, near, [fine, plans], **args)
    undated = match_deadline(breach, near, [fine, plans], timed=False, **args)
    assert dated is not None and dated.deadline is plans  # told now, the plans' due is the news
    assert undated is not None and undated.deadline is fine


def test_a_change_naming_a_deadlines_length_speaks_of_it() -> None:
    # "within the ten-day deadline" of a deadline set "within 10 days": same length, other words.
    reply = Deadline(
        1,
        1,
        None,
        "Canada to reply to the consultations request",
        "2026-06-17",
        NOW + timedelta(days=2),
        DeadlineStatus.PENDING,
        "within 10 days of receiving the request",
    )
    comments = Deadline(
        2,
        1,
        None,
        "comment deadline on the agreement",
        "2026-06-15",
        NOW,
        DeadlineStatus.PENDING,
        "until June 15",
    )
    change = DeadlineChange(ChangeKind.MEET, "dentro del plazo de diez días", 0, 29, None)
    found = match_deadline(
        change, "Ottawa respondió dentro del plazo de diez días.", [reply, comments], when=NOW, strict=True
    )
    assert found is not None and found.deadline is reply


def test_a_deadline_as_told_is_its_state_before_the_steps_told_later() -> None:
    met = deadline(1, "bids filed", NOW, DeadlineStatus.MET)
    created = DeadlineStep(1, DeadlineStatus.PENDING, "2026-06-15", NOW - timedelta(days=9), True)
    met_step = DeadlineStep(2, DeadlineStatus.MET, "2026-06-15", NOW + timedelta(days=1), True)
    found = as_told(met, [created, met_step], NOW, "UTC")
    assert found is not None
    then, later = found
    assert then.status is DeadlineStatus.PENDING and then.due == "2026-06-15" and later == [met_step]
    # Nothing told after the change, a deadline first told after it, or a step of the clock: no replay.
    assert as_told(met, [created, met_step], NOW + timedelta(days=2), "UTC") is None
    assert as_told(met, [replace(created, told_at=NOW + timedelta(hours=1)), met_step], NOW, "UTC") is None
    expired = replace(met_step, status=DeadlineStatus.EXPIRED, by_article=False)
    assert as_told(met, [created, expired], NOW, "UTC") is None
    # A deadline from an undated article (told: unknown) may be older than the change.
    assert as_told(met, [replace(created, told_at=None), met_step], NOW, "UTC") is not None


def test_a_named_statement_confirms_or_denies_an_earlier_claim() -> None:
    claim = "Sources said the Valencia workforce had privately accepted an early retirement calendar."
    confirmed = "The union confirmed that the Valencia workforce accepted the early retirement calendar."
    denied = "The union denied that the Valencia workforce accepted an early retirement calendar."
    assert confirmation(claim, confirmed) == "confirmed"
    assert confirmation(claim, denied) == "denied"
    assert confirmation(claim, "The minister said the port will reopen on Monday.") is None


def test_sharing_only_a_topic_and_a_place_is_no_confirmation() -> None:
    claim = (
        "Según una fuente diplomática citada por medios emiratíes, la segunda ronda de "
        "conversaciones trilaterales podría celebrarse en Abu Dabi la próxima semana."
    )
    statement = (
        "Russia extended its pause on strikes against Kyiv by 48 hours, Kremlin spokesman Dmitry "
        "Peskov said, as negotiators prepared for a second round of talks in Abu Dhabi."
    )
    assert confirmation(claim, statement) is None


def test_an_extensions_length_is_read_from_its_words() -> None:
    from bot.domain.lifecycle import extension_length

    assert extension_length("amplió en 48 horas") == timedelta(hours=48)
    assert extension_length("amplían dos días la tregua") == timedelta(days=2)
    assert extension_length("extended the truce by a week") == timedelta(weeks=1)
    assert extension_length("a 72-hour extension") == timedelta(hours=72)
    assert extension_length("prorrogó hasta el viernes") is None


def test_phase_cues_match_whole_words_only() -> None:
    assert phase_of([item("La huelga queda aplazada hasta el sábado.", Label.FACT)]) is None
    assert phase_of([item("El sindicato da a la empresa 72 horas.", Label.FACT)]) == "proposed"


def test_a_statement_saying_the_opposite_denies_the_claim() -> None:
    claim = "Fuentes cercanas aseguran que Rusia atacará la infraestructura energética de Kiev esta semana."
    opposite = "Peskov afirmó que Rusia no atacará la infraestructura energética de Kiev esta semana."
    assert confirmation(claim, opposite) == "denied"
    assert confirmation(claim, opposite.replace(" no ", " ")) == "confirmed"
