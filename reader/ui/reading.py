"""How articles are set: font, size, line height, column width, paragraph spacing, justification,
theme and zoom. Stored in QSettings; applied to every article."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont

SERIF = ["Noto Serif", "DejaVu Serif", "Georgia", "Liberation Serif", "Times New Roman", "serif"]
SANS = ["Noto Sans", "DejaVu Sans", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"]
ZOOM_STEP = 1.0  # points per Ctrl+= / Ctrl+-


@dataclass(frozen=True)
class ReadingStyle:
    family: str = "serif"  # "serif", "sans" or an installed family's name
    size: float = 12.5  # points, before zoom
    line_height: int = 155  # per cent of the font's height
    measure: int = 38  # the column's width in ems (about 70 characters)
    paragraph_spacing: float = 0.9  # ems between paragraphs
    justify: bool = False
    theme: str = "system"  # system, light, sepia, dark
    zoom: int = 0  # Ctrl+= / Ctrl+- steps

    @property
    def point_size(self) -> float:
        return max(6.0, self.size + self.zoom * ZOOM_STEP)

    def families(self) -> list[str]:
        if self.family == "serif":
            return SERIF
        if self.family == "sans":
            return SANS
        return [self.family, *SERIF]

    def font(self) -> QFont:
        """The article's font in this style, zoom included."""
        font = QFont()
        font.setFamilies(self.families())
        font.setPointSizeF(self.point_size)
        return font

    @classmethod
    def load(cls, settings: QSettings) -> ReadingStyle:
        values = {}
        defaults = cls()
        for f in fields(cls):
            raw = settings.value(f"reading/{f.name}")
            if raw is None:
                continue
            default = getattr(defaults, f.name)
            try:
                values[f.name] = (
                    (str(raw).lower() in ("true", "1")) if isinstance(default, bool) else type(default)(raw)
                )
            except (TypeError, ValueError):
                continue
        return replace(defaults, **values)

    def save(self, settings: QSettings) -> None:
        for key, value in asdict(self).items():
            settings.setValue(f"reading/{key}", value)
