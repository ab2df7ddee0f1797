from __future__ import annotations

from reader.core.library import Library
from reader.ui import library_model
from reader.ui.library_model import LibraryListModel, Role


def test_rows_are_fetched_lazily_a_page_at_a_time(library: Library, write, monkeypatch, qapp) -> None:
    monkeypatch.setattr(library_model, "PAGE", 4)
    ids = [library.import_file(write(f"{i}.txt", f"Story {i}\n\nBody.")).id for i in range(10)]
    calls: list[int] = []
    real = library.summaries

    def counting(chunk):
        calls.append(len(chunk))
        return real(chunk)

    monkeypatch.setattr(library, "summaries", counting)
    model = LibraryListModel(library)
    assert model.rowCount() == 10
    assert calls == []  # building the model reads ids only
    assert model.index(0).data() == "Story 9"
    assert model.index(3).data() == "Story 6"
    assert calls == [4]
    assert model.index(9).data(Role.ID) == ids[0]
    assert model.index(9).data() == "Story 0"
    assert calls == [4, 2]


def test_detail_line_has_site_and_date(library: Library, write, qapp) -> None:
    html = (
        "<html><head><meta property='og:site_name' content='Kabar Kita'><title>Judul</title></head>"
        "<body><p>Isi berita.</p></body></html>"
    )
    library.import_file(write("a.html", html))
    model = LibraryListModel(library)
    detail = model.index(0).data(Role.DETAIL)
    assert detail.startswith("Kabar Kita · ")
    assert any(ch.isdigit() for ch in detail)
