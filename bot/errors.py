"""Errors a user can read: each carries one line that the CLI and the chat replies show."""


class SitrepError(Exception):
    """A failure explained in one readable line; never shown as a traceback."""


class InputError(SitrepError):
    """The input (a file, a date, an option) is not usable as given."""


class UnknownLanguageError(InputError):
    """The text's language has no lexicon file."""


class FetchError(SitrepError):
    """A URL or feed could not be fetched or was refused."""


class DeliveryError(SitrepError):
    """A post could not be delivered; `permanent` says whether retrying can help."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
