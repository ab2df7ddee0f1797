"""EPUB books written for the EPUB reader's tests: an EPUB 2 and an EPUB 3 book, with invented text.

In both, the manifest lists the chapters in another order than the spine, so a reader that follows
the manifest is caught.
"""

from __future__ import annotations

import io
import zipfile

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="{opf}" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""
XHTML11 = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">\n'
    '<head><title>{title}</title><link rel="stylesheet" type="text/css" href="../Styles/book.css"/></head>\n'
    "<body>\n{body}\n</body>\n</html>\n"
)
XHTML5 = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="id" xml:lang="id">\n'
    '<head><meta charset="utf-8"/><title>{title}</title></head>\n<body>\n{body}\n</body>\n</html>\n'
)


def zip_book(files: dict[str, str | bytes], *, mimetype: bool = True) -> bytes:
    """A zip with `mimetype` first and stored, as EPUB asks, then the files in the order given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        if mimetype:
            book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, content in files.items():
            book.writestr(name, content)
    return buffer.getvalue()


# The EPUB 2 book -----------------------------------------------------------------------------------

EPUB2_CHAPTERS = {
    "OEBPS/Text/cover.xhtml": XHTML11.format(
        title="Cover", body='<div class="cover"><img src="../Images/cover.jpg" alt="A lighthouse in fog"/></div>'
    ),
    "OEBPS/Text/fog.xhtml": XHTML11.format(
        title="The Fog",
        body="""<h1>Chapter One: The Fog</h1>
<p>The fog came in over the breakwater before the boats were home, thick as wet&nbsp;wool.</p>
<p>Marta counted the lamps along the quay &mdash; seven, then six, then none at all.</p>
<ul>
  <li>a coil of tarred rope</li>
  <li>two lanterns with cracked glass</li>
  <li>the logbook, wrapped in oilcloth</li>
</ul>""",
    ),
    "OEBPS/Text/salt.xhtml": XHTML11.format(
        title="Salt",
        body="""<div class="chapter">
<h2>Chapter Two: Salt</h2>
<p>Her grandfather had kept the light for forty winters and never once let it go dark.</p>
<blockquote><p>A lamp that is trimmed at dusk will see you to the morning.</p></blockquote>
<p>Yes.</p>
</div>""",
    ),
    "OEBPS/Text/the harbour.xhtml": XHTML11.format(
        title="Harbour",
        body="""<h1>Chapter Three: The Harbour Bell</h1>
<p>When the bell rang at last, it rang from the wrong side of the harbour.</p>
<p>Nobody on the quay could say who had climbed the tower to ring it.</p>""",
    ),
}

EPUB2_OPF = """<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="BookId">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:title>Tides of the Northern Shore</dc:title>
    <dc:creator opf:role="aut" opf:file-as="Marsh, Edith">Edith Marsh</dc:creator>
    <dc:creator opf:role="edt" opf:file-as="Berglund, Tomas">Tomas Berglund</dc:creator>
    <dc:language>en-GB</dc:language>
    <dc:date opf:event="modification">2020-01-15</dc:date>
    <dc:date opf:event="publication">2019-04-02</dc:date>
    <dc:publisher>Harbour Lane Press</dc:publisher>
    <dc:identifier id="BookId" opf:scheme="UUID">urn:uuid:2f6c1d0e-8a4b-4c1e-9f3a-5b7d2e8c9a10</dc:identifier>
    <dc:identifier opf:scheme="ISBN">978-3-16-148410-0</dc:identifier>
    <meta name="cover" content="cover"/>
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="harbour" href="Text/the%20harbour.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="Styles/book.css" media-type="text/css"/>
    <item id="salt" href="Text/salt.xhtml" media-type="application/xhtml+xml"/>
    <item id="cover" href="Images/cover.jpg" media-type="image/jpeg"/>
    <item id="fog" href="Text/fog.xhtml" media-type="application/xhtml+xml"/>
    <item id="cover-page" href="Text/cover.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx">
    <itemref idref="cover-page"/>
    <itemref idref="fog"/>
    <itemref idref="salt"/>
    <itemref idref="harbour"/>
  </spine>
  <guide><reference type="text" title="Start" href="Text/fog.xhtml"/></guide>
</package>
"""

EPUB2_NCX = """<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head><meta name="dtb:uid" content="urn:uuid:2f6c1d0e-8a4b-4c1e-9f3a-5b7d2e8c9a10"/></head>
  <docTitle><text>Tides of the Northern Shore</text></docTitle>
  <navMap>
    <navPoint id="n1" playOrder="1"><navLabel><text>Table entry: the fog</text></navLabel><content src="Text/fog.xhtml"/></navPoint>
    <navPoint id="n2" playOrder="2"><navLabel><text>Table entry: salt</text></navLabel><content src="Text/salt.xhtml"/></navPoint>
  </navMap>
</ncx>
"""


def epub2_files(opf: str = EPUB2_OPF) -> dict[str, str | bytes]:
    return {
        "META-INF/container.xml": CONTAINER.format(opf="OEBPS/content.opf"),
        "OEBPS/content.opf": opf,
        "OEBPS/toc.ncx": EPUB2_NCX,
        "OEBPS/Styles/book.css": "body { margin: 0 5%; }",
        "OEBPS/Images/cover.jpg": b"\xff\xd8\xff\xe0 not really a picture",
        **EPUB2_CHAPTERS,
    }


def epub2_book(opf: str = EPUB2_OPF) -> bytes:
    return zip_book(epub2_files(opf))


# The EPUB 3 book -----------------------------------------------------------------------------------

EPUB3_CHAPTERS = {
    "book/xhtml/pepper.xhtml": XHTML5.format(
        title="Pepper",
        body="""<section epub:type="chapter" id="pepper">
<header><p class="label">One</p><h1>The Pepper Gardens</h1></header>
<p>On the hills above the port, pepper vines climbed poles of split bamboo.</p>
<p>The growers dried the berries on mats <span epub:type="pagebreak" id="page7" title="7">7</span>until they turned black and wrinkled.</p>
<ol><li>pick the berries green</li><li>dry them for a week</li><li>sift out the dust</li></ol>
</section>""",
    ),
    "book/xhtml/interlude.xhtml": XHTML5.format(
        title="Interlude at the Harbour",
        body="""<section epub:type="chapter">
<p>Ships waited in the roads for a wind that would not come.</p>
<blockquote><p>Patience is the cheapest cargo and the hardest to carry.</p></blockquote>
</section>""",
    ),
    "book/xhtml/clove.xhtml": XHTML5.format(
        title="Clove",
        body="""<section epub:type="chapter">
<h2>The Clove Islands</h2>
<p>Cloves grew on only a handful of islands, and every sailor knew their names.</p>
<p>Wars were fought over trees that a child could climb.</p>
</section>""",
    ),
}

EPUB3_NAV = XHTML5.format(
    title="Daftar Isi",
    body="""<nav epub:type="toc" id="toc"><h1>Daftar Isi</h1>
<ol><li><a href="pepper.xhtml">Contents line one</a></li><li><a href="clove.xhtml">Contents line two</a></li></ol>
</nav>""",
)

EPUB3_OPF = """<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:9b1e4c2a-3d5f-4a6b-8c7d-1e2f3a4b5c6d</dc:identifier>
    <dc:identifier id="doi">doi:10.5555/spice.2021.7</dc:identifier>
    <meta refines="#doi" property="identifier-type" scheme="onix:codelist5">06</meta>
    <dc:title id="subtitle">Essays on Trade and Memory</dc:title>
    <meta refines="#subtitle" property="title-type">subtitle</meta>
    <dc:title id="main">Songs of the Spice Route</dc:title>
    <meta refines="#main" property="title-type">main</meta>
    <dc:creator id="illustrator">Bima Santoso</dc:creator>
    <meta refines="#illustrator" property="role" scheme="marc:relators">ill</meta>
    <meta refines="#illustrator" property="display-seq">2</meta>
    <dc:creator id="writer">Sari Wulandari</dc:creator>
    <meta refines="#writer" property="role" scheme="marc:relators">aut</meta>
    <meta refines="#writer" property="display-seq">1</meta>
    <dc:language>id</dc:language>
    <dc:date>{date}</dc:date>
    <dc:publisher>Penerbit Angin Timur</dc:publisher>
    <meta property="dcterms:modified">2022-06-30T08:00:00Z</meta>
  </metadata>
  <manifest>
    <item id="clove" href="xhtml/clove.xhtml" media-type="application/xhtml+xml"/>
    <item id="nav" href="xhtml/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="interlude" href="xhtml/interlude.xhtml" media-type="application/xhtml+xml"/>
    <item id="pepper" href="xhtml/pepper.xhtml" media-type="application/xhtml+xml"/>
    <item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image"/>
  </manifest>
  <spine>
    <itemref idref="nav" linear="no"/>
    <itemref idref="pepper"/>
    <itemref idref="cover-image"/>
    <itemref idref="interlude" linear="no"/>
    <itemref idref="clove"/>
  </spine>
</package>
"""


def epub3_files(date: str = "2021") -> dict[str, str | bytes]:
    return {
        "META-INF/container.xml": CONTAINER.format(opf="book/package.opf"),
        "book/package.opf": EPUB3_OPF.format(date=date),
        "book/xhtml/nav.xhtml": EPUB3_NAV,
        "book/images/cover.png": b"\x89PNG\r\n\x1a\n not really a picture",
        **EPUB3_CHAPTERS,
    }


def epub3_book(date: str = "2021") -> bytes:
    return zip_book(epub3_files(date))
