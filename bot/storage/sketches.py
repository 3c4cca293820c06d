"""Near-duplicate sketches of stored articles, looked up by shared MinHash values."""

from __future__ import annotations

from collections.abc import Sequence

import aiosqlite

from bot.domain import near_duplicates


class SketchRepo:
    """Store each article's bottom-k sketch and find articles whose sketches overlap."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def find_near_duplicate(self, sketch: Sequence[int]) -> int | None:
        """Return the id of a stored article whose text is a near copy, if any."""
        if not sketch:
            return None
        marks = ",".join("?" * len(sketch))
        async with self._conn.execute(
            f"""SELECT a.id, a.sketch FROM articles a JOIN (
                    SELECT article_id, count(*) AS shared FROM article_sketch_hashes
                    WHERE hash IN ({marks}) GROUP BY article_id HAVING shared >= ?
                    ORDER BY shared DESC LIMIT 20) c ON c.article_id = a.id""",
            (*sketch, near_duplicates.MIN_SHARED),
        ) as cur:
            rows = await cur.fetchall()
        candidates = [(int(r["id"]), near_duplicates.decode(r["sketch"])) for r in rows]
        return near_duplicates.best_match(sketch, candidates)

    async def save(self, article_id: int, sketch: Sequence[int]) -> None:
        """Record an article's sketch (call inside the transaction that stores the article)."""
        if not sketch:
            return
        await self._conn.execute(
            "UPDATE articles SET sketch = ? WHERE id = ?", (near_duplicates.encode(sketch), article_id)
        )
        await self._conn.executemany(
            "INSERT INTO article_sketch_hashes (hash, article_id) VALUES (?, ?)",
            [(h, article_id) for h in sketch],
        )
