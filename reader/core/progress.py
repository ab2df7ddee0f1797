"""How long work in the core tells its caller how far it is.

A `Progress` is called as `progress(done, total, what)`: `done` of `total` steps are finished and
`what` (an article's title, say) is being done now. The caller may stop the work by raising
`reader.core.errors.Cancelled` from it; the work then leaves nothing half-done. The window's
background operations (reader/ui/background.py) and the command line's progress bar both give one.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
