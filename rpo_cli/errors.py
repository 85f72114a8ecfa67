"""Known errors and the exit codes the CLI maps them to (sysexits.h numbering, as the README lists)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_DATAERR = 65  # bad input data, or input the model cannot take (a prompt longer than its context)
EXIT_NOINPUT = 66  # input missing or unreadable
EXIT_UNAVAILABLE = 69  # a service or engine could not start
EXIT_SOFTWARE = 70  # internal error
EXIT_CANTCREAT = 73  # output exists (no --overwrite) or cannot be created
EXIT_IOERR = 74  # I/O error while writing
EXIT_TEMPFAIL = 75  # another run holds the output's lock: try again later
EXIT_CONFIG = 78  # --resume with a changed config or input
EXIT_SIGINT = 130
EXIT_SIGTERM = 143
EXIT_SIGPIPE = 141  # stdout closed by the reader (`| head`): what a shell reports for Unix tools


class RpoError(Exception):
    """An error the user can act on: one line of message, an optional hint, an exit code."""

    exit_code = EXIT_FAILURE

    def __init__(self, message: str, hint: str | None = None, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = details or []


class InputDataError(RpoError):
    """The input has bad rows (bad JSON, wrong fields, unknown constraint ids, bad kwargs)."""

    exit_code = EXIT_DATAERR


class InputMissingError(RpoError):
    exit_code = EXIT_NOINPUT


class OutputExistsError(RpoError):
    exit_code = EXIT_CANTCREAT


class OutputWriteError(RpoError):
    exit_code = EXIT_IOERR


class ResumeMismatchError(RpoError):
    exit_code = EXIT_CONFIG


class RunLockedError(RpoError):
    """Another run holds the lock of this output."""

    exit_code = EXIT_TEMPFAIL


class StdoutClosed(RpoError):
    """The reader of stdout went away (``rpo ... -o - | head``): end quietly, like Unix tools."""

    exit_code = EXIT_SIGPIPE

    def __init__(self) -> None:
        super().__init__("stdout was closed by the reader")


class Interrupted(BaseException):
    """Raised by the signal handlers so that finished work is kept before exit. A BaseException
    (like KeyboardInterrupt) so that no per-row ``except Exception`` can swallow it."""

    def __init__(self, signum: int):
        import signal

        name = signal.Signals(signum).name
        self.message = f"interrupted by {name}; finished work was kept"
        self.hint = "rerun with --resume to continue"
        self.details: list[str] = []
        self.exit_code = EXIT_SIGINT if signum == signal.SIGINT else EXIT_SIGTERM
        super().__init__(self.message)


class ConstraintArgsError(ValueError):
    """A constraint's kwargs are missing or mistyped; the message names the constraint and the field."""
