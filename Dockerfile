# sitrep: the bot in a slim image, running as a non-root user with the database on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    SITREP_DB=/data/sitrep.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY digests ./digests
COPY config ./config
RUN pip install --no-cache-dir . \
    && useradd --create-home --uid 10001 sitrep \
    && mkdir -p /data && chown sitrep:sitrep /data

USER sitrep
VOLUME ["/data"]
ENTRYPOINT ["sitrep"]
CMD ["run"]
