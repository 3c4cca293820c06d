"""Feeds and URLs: the safe fetcher, article extraction, feed parsing and the poller."""
