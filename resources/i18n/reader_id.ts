<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="17"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="18"/>
        <source>Import text, HTML or Markdown files into the library</source>
        <translation>Impor berkas teks, HTML, atau Markdown ke pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="19"/>
        <source>Import &amp;Folder…</source>
        <translation>Impor &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="20"/>
        <source>Import every text, HTML and Markdown file in a folder</source>
        <translation>Impor semua berkas teks, HTML, dan Markdown dalam sebuah folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="21"/>
        <source>Import from the &amp;Web…</source>
        <translation>Impor dari &amp;Web…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="21"/>
        <source>Fetch and import a page by its address</source>
        <translation>Ambil dan impor halaman berdasarkan alamatnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="22"/>
        <source>&amp;Paste as Article</source>
        <translation>&amp;Tempel sebagai Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="23"/>
        <source>Import the text, HTML or address on the clipboard</source>
        <translation>Impor teks, HTML, atau alamat dari papan klip</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="24"/>
        <source>&amp;Search Library</source>
        <translation>&amp;Cari di Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="24"/>
        <source>Search articles, highlights and notes</source>
        <translation>Cari artikel, sorotan, dan catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="26"/>
        <source>Sa&amp;ve Search…</source>
        <translation>&amp;Simpan Pencarian…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="27"/>
        <source>Keep this search in the library pane</source>
        <translation>Simpan pencarian ini di panel pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="28"/>
        <source>Add &amp;Tag…</source>
        <translation>Tambah &amp;Tag…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="28"/>
        <source>Tag the selected articles</source>
        <translation>Beri tag pada artikel yang dipilih</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="29"/>
        <source>Mark as &amp;Unread</source>
        <translation>Tandai Belum &amp;Dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="29"/>
        <source>Mark the articles unread</source>
        <translation>Tandai artikel sebagai belum dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="30"/>
        <source>Mark as &amp;Reading</source>
        <translation>Tandai S&amp;edang Dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="31"/>
        <source>Mark the articles as being read</source>
        <translation>Tandai artikel sebagai sedang dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="32"/>
        <source>&amp;Archive</source>
        <translation>&amp;Arsipkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="32"/>
        <source>Archive the selected articles</source>
        <translation>Arsipkan artikel yang dipilih</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="33"/>
        <source>&amp;Delete Article</source>
        <translation>&amp;Hapus Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="34"/>
        <source>Delete the selected articles and their notes</source>
        <translation>Hapus artikel yang dipilih beserta catatannya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="35"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="35"/>
        <source>Quit Reader</source>
        <translation>Keluar dari Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="36"/>
        <source>&amp;Next Article</source>
        <translation>Artikel &amp;Berikutnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="36"/>
        <source>Open the next article</source>
        <translation>Buka artikel berikutnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="38"/>
        <source>&amp;Previous Article</source>
        <translation>Artikel Sebe&amp;lumnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="39"/>
        <source>Open the previous article</source>
        <translation>Buka artikel sebelumnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="41"/>
        <source>&amp;Fix Extraction…</source>
        <translation>&amp;Perbaiki Ekstraksi…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="42"/>
        <source>See the lines the cleaner left out and put any of them back</source>
        <translation>Lihat baris yang dibuang oleh pembersih dan kembalikan yang diperlukan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="43"/>
        <source>D&amp;rop This Paragraph</source>
        <translation>&amp;Buang Paragraf Ini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="44"/>
        <source>Take the paragraph under the cursor out of the article</source>
        <translation>Keluarkan paragraf di bawah kursor dari artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="45"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Sorot</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="45"/>
        <source>Highlight the selected words with the chosen label</source>
        <translation>Sorot kata yang dipilih dengan label pilihan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="46"/>
        <source>Add &amp;Note</source>
        <translation>Tambah &amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="47"/>
        <source>Write a note on the selected words or the chosen highlight</source>
        <translation>Tulis catatan pada kata yang dipilih atau pada sorotan pilihan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="48"/>
        <source>Rename &amp;Labels…</source>
        <translation>Ganti Nama &amp;Label…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="49"/>
        <source>Give the highlight colours your own meanings</source>
        <translation>Tentukan sendiri makna setiap warna sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="53"/>
        <source>&amp;About Reader</source>
        <translation>&amp;Tentang Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="53"/>
        <source>Version and licence</source>
        <translation>Versi dan lisensi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="54"/>
        <source>Reading &amp;Settings…</source>
        <translation>Pengaturan &amp;Membaca…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="55"/>
        <source>Font, size, line height, column width, spacing, theme</source>
        <translation>Fon, ukuran, tinggi baris, lebar kolom, jarak, tema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="56"/>
        <source>Zoom &amp;In</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="56"/>
        <source>Larger text</source>
        <translation>Teks lebih besar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="58"/>
        <source>Zoom &amp;Out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="58"/>
        <source>Smaller text</source>
        <translation>Teks lebih kecil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Ukuran Sebenarnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59"/>
        <source>The text at its set size</source>
        <translation>Teks pada ukuran yang telah diatur</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="60"/>
        <source>&amp;Distraction-Free Reading</source>
        <translation>Membaca Tanpa &amp;Gangguan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61"/>
        <source>Hide everything but the article</source>
        <translation>Sembunyikan semuanya kecuali artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="63"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="63"/>
        <source>Every command and its keys</source>
        <translation>Semua perintah beserta tombolnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="65"/>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Cari di Artikel…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="66"/>
        <source>Find words in the open article (in the library: search it)</source>
        <translation>Cari kata dalam artikel yang terbuka (di pustaka: mencari di pustaka)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>Page &amp;Down</source>
        <translation>Halaman ke Ba&amp;wah</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>Scroll the article down a page</source>
        <translation>Gulir artikel ke bawah satu halaman</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>Page &amp;Up</source>
        <translation>Halaman ke &amp;Atas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>Scroll the article up a page</source>
        <translation>Gulir artikel ke atas satu halaman</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="69"/>
        <source>Go to &amp;Library</source>
        <translation>Pindah ke &amp;Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="69"/>
        <source>Move the focus to the library list</source>
        <translation>Pindahkan fokus ke daftar pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="70"/>
        <source>Go to &amp;Article</source>
        <translation>Pindah ke A&amp;rtikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="70"/>
        <source>Move the focus to the article</source>
        <translation>Pindahkan fokus ke artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="71"/>
        <source>Go to &amp;Notes</source>
        <translation>Pindah ke Catata&amp;n</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="71"/>
        <source>Move the focus to highlights and notes</source>
        <translation>Pindahkan fokus ke sorotan dan catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="74"/>
        <source>Follow the &amp;System</source>
        <translation>Ikuti &amp;Sistem</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="74"/>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>&amp;Sepia</source>
        <translation>Se&amp;pia</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="76"/>
        <source>Reading theme</source>
        <translation>Tema bacaan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="104"/>
        <source>Highlight with “%1”</source>
        <translation>Sorot dengan “%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="105"/>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="168"/>
        <source>Highlights and notes</source>
        <translation>Sorotan dan catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="173"/>
        <source>Highlights</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="176"/>
        <source>Orphaned highlights</source>
        <translation>Sorotan yang terlepas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="178"/>
        <source>No note on this article yet. Double-click to write one.</source>
        <translation>Belum ada catatan pada artikel ini. Klik ganda untuk menulisnya.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="180"/>
        <location filename="../../reader/ui/annotation_panel.py" line="214"/>
        <source>Article note</source>
        <translation>Catatan artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="182"/>
        <source>No note on this highlight. Double-click or press N to write one.</source>
        <translation>Tidak ada catatan pada sorotan ini. Klik ganda atau tekan N untuk menulisnya.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="184"/>
        <location filename="../../reader/ui/annotation_panel.py" line="308"/>
        <source>Note on the selected highlight</source>
        <translation>Catatan pada sorotan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="187"/>
        <source>Show highlights with label</source>
        <translation>Tampilkan sorotan dengan label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="188"/>
        <source>No highlights yet

Select words in the article and press H, or right-click them and choose a label.</source>
        <translation>Belum ada sorotan

Pilih kata dalam artikel lalu tekan H, atau klik kanan kata tersebut dan pilih label.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="194"/>
        <source>Orphaned — their words are gone from the text</source>
        <translation>Terlepas — kata-katanya sudah tidak ada di teks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="195"/>
        <source>Re-attach to Selection</source>
        <translation>Tautkan Ulang ke Pilihan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="196"/>
        <source>Select the right words in the article, then press this</source>
        <translation>Pilih kata yang tepat di artikel, lalu tekan tombol ini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="197"/>
        <source>Looks Right</source>
        <translation>Sudah Benar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="198"/>
        <source>The text changed and this highlight moved; confirm it is on the right words</source>
        <translation>Teks berubah dan sorotan ini berpindah; pastikan sorotan berada pada kata yang tepat</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="207"/>
        <source>Highlights &amp; notes</source>
        <translation>Sorotan &amp; catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="230"/>
        <location filename="../../reader/ui/annotation_panel.py" line="308"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="269"/>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../reader/ui/annotating.py" line="90"/>
        <source>Select some words of the article first</source>
        <translation>Pilih beberapa kata dalam artikel terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="93"/>
        <source>Cannot highlight</source>
        <translation>Tidak dapat menyorot</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="122"/>
        <source>Cannot delete the highlight</source>
        <translation>Tidak dapat menghapus sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="126"/>
        <source>Highlight deleted — Ctrl+Z brings it back</source>
        <translation>Sorotan dihapus — Ctrl+Z mengembalikannya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="130"/>
        <source>Cannot change the label</source>
        <translation>Tidak dapat mengubah label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="137"/>
        <location filename="../../reader/ui/annotating.py" line="147"/>
        <source>Cannot save the note</source>
        <translation>Tidak dapat menyimpan catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="155"/>
        <source>Select the words to attach the highlight to, then press Re-attach</source>
        <translation>Pilih kata tempat sorotan akan ditautkan, lalu tekan Tautkan Ulang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="157"/>
        <source>Cannot re-attach</source>
        <translation>Tidak dapat menautkan ulang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="162"/>
        <source>Cannot confirm</source>
        <translation>Tidak dapat mengonfirmasi</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../reader/ui/article_view.py" line="34"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="88"/>
        <source>By %1</source>
        <translation>Oleh %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="88"/>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="88"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="88"/>
        <source>Tags: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="89"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="89"/>
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="90"/>
        <source>Contributor</source>
        <translation>Kontributor</translation>
    </message>
</context>
<context>
    <name>ExtractionFlow</name>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="38"/>
        <source>Cannot put the line back</source>
        <translation>Tidak dapat mengembalikan baris</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="40"/>
        <source>Line put back; highlights: %1</source>
        <translation>Baris dikembalikan; sorotan: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="51"/>
        <source>Put the cursor in a paragraph of the article first</source>
        <translation>Letakkan kursor di salah satu paragraf artikel terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="56"/>
        <source>Cannot drop the paragraph</source>
        <translation>Tidak dapat membuang paragraf</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="58"/>
        <source>Paragraph dropped (Fix Extraction puts it back); highlights: %1</source>
        <translation>Paragraf dibuang (Perbaiki Ekstraksi dapat mengembalikannya); sorotan: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="18"/>
        <location filename="../../reader/ui/find_bar.py" line="19"/>
        <source>Find in article</source>
        <translation>Cari di artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="23"/>
        <source>Close the find bar</source>
        <translation>Tutup bilah pencarian</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="56"/>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>HighlightList</name>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="124"/>
        <source>Go to Highlight</source>
        <translation>Lompat ke Sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="125"/>
        <source>Edit Note</source>
        <translation>Sunting Catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="127"/>
        <source>Change Label</source>
        <translation>Ubah Label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="131"/>
        <source>Delete Highlight</source>
        <translation>Hapus Sorotan</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="45"/>
        <location filename="../../reader/ui/import_flow.py" line="110"/>
        <location filename="../../reader/ui/import_flow.py" line="152"/>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="45"/>
        <source>No text, HTML or Markdown files were found.</source>
        <translation>Tidak ditemukan berkas teks, HTML, atau Markdown.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="70"/>
        <source>An import is running</source>
        <translation>Impor sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="70"/>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>Tunggu hingga selesai, atau batalkan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="75"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="75"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="77"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="89"/>
        <source>Importing %1 of %2
%3</source>
        <translation>Mengimpor %1 dari %2
%3</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="102"/>
        <source>Imported %1 of %2</source>
        <translation>%1 dari %2 diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="104"/>
        <source> (cancelled)</source>
        <translation> (dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="110"/>
        <source>Some inputs were not imported</source>
        <translation>Beberapa masukan tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="113"/>
        <source>
… and %1 more</source>
        <translation>
… dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="119"/>
        <source>Import from the Web</source>
        <translation>Impor dari Web</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="120"/>
        <source>Address of the page (http or https):</source>
        <translation>Alamat halaman (http atau https):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="150"/>
        <source>pasted</source>
        <translation>tempelan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="154"/>
        <source>Imported the pasted text</source>
        <translation>Teks yang ditempel telah diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="302"/>
        <source>Import a folder</source>
        <translation>Impor folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="324"/>
        <source>Import articles</source>
        <translation>Impor artikel</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../reader/ui/labels_dialog.py" line="14"/>
        <source>Rename Labels</source>
        <translation>Ganti Nama Label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/labels_dialog.py" line="17"/>
        <source>What each highlight colour means to you:</source>
        <translation>Makna setiap warna sorotan bagi Anda:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/labels_dialog.py" line="26"/>
        <source>Meaning of %1</source>
        <translation>Makna %1</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="32"/>
        <source>Search articles, highlights, notes…  ( / )</source>
        <translation>Cari artikel, sorotan, catatan…  ( / )</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="33"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="34"/>
        <source>Words, &quot;exact phrase&quot;, prefix*, -exclude, tag:NAME, site:, author:, label:, in:notes, in:highlights, is:unread|reading|archived, has:notes, before:DATE, after:DATE</source>
        <translation>Kata, &quot;frasa persis&quot;, awalan*, -kecualikan, tag:NAMA, site:, author:, label:, in:notes, in:highlights, is:unread|reading|archived, has:notes, before:TANGGAL, after:TANGGAL</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="40"/>
        <source>Library sections, tags and saved searches</source>
        <translation>Bagian pustaka, tag, dan pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="47"/>
        <source>Sort by</source>
        <translation>Urutkan menurut</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="48"/>
        <source>Date added</source>
        <translation>Tanggal ditambahkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="48"/>
        <source>Date published</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="49"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="49"/>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="100"/>
        <source>All articles (%1)</source>
        <translation>Semua artikel (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="101"/>
        <source>Continue reading (%1)</source>
        <translation>Lanjutkan membaca (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="103"/>
        <source>Unread (%1)</source>
        <translation>Belum dibaca (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="104"/>
        <source>Archived (%1)</source>
        <translation>Diarsipkan (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="109"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="115"/>
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="161"/>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="161"/>
        <source>Continue reading</source>
        <translation>Lanjutkan membaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="161"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="162"/>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="162"/>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="163"/>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../reader/ui/library_view.py" line="75"/>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="59"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n artikel di pustaka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="138"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="139"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="141"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="144"/>
        <source>A&amp;nnotate</source>
        <translation>A&amp;notasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="145"/>
        <source>Highlight &amp;As</source>
        <translation>Sorot Seb&amp;agai</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="146"/>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="150"/>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="152"/>
        <source>&amp;Library</source>
        <translation>&amp;Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="157"/>
        <source>Remove Ta&amp;g</source>
        <translation>Hapus Ta&amp;g</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="164"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="166"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="173"/>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="250"/>
        <source>Cannot open the article</source>
        <translation>Tidak dapat membuka artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="318"/>
        <source>That did not work</source>
        <translation>Tidak berhasil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="334"/>
        <source>Delete articles</source>
        <translation>Hapus artikel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="335"/>
        <source>Delete %n article(s) with their highlights and notes? This cannot be undone.</source>
        <translation>
            <numerusform>Hapus %n artikel beserta sorotan dan catatannya? Tindakan ini tidak dapat diurungkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="341"/>
        <source>Cannot delete</source>
        <translation>Tidak dapat menghapus</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="383"/>
        <source>Cannot rename the label</source>
        <translation>Tidak dapat mengganti nama label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="398"/>
        <source>Open link</source>
        <translation>Buka tautan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="399"/>
        <source>Open this address in your web browser?

%1</source>
        <translation>Buka alamat ini di peramban web Anda?

%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="422"/>
        <source>About Reader</source>
        <translation>Tentang Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="424"/>
        <source>&lt;p&gt;Read saved articles clean, highlight what matters, and keep your notes.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Baca artikel tersimpan dengan tampilan bersih, sorot hal yang penting, dan simpan catatan Anda.&lt;/p&gt;&lt;p&gt;Perangkat lunak bebas di bawah GNU GPL, versi 3 atau yang lebih baru.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="35"/>
        <source>Write a note in Markdown… (Ctrl+Enter to finish, Esc to cancel)</source>
        <translation>Tulis catatan dalam Markdown… (Ctrl+Enter untuk selesai, Esc untuk batal)</translation>
    </message>
</context>
<context>
    <name>OrganizeFlow</name>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="38"/>
        <source>Add Tag</source>
        <translation>Tambah Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/organize_flow.py" line="39"/>
        <source>Tag for %n article(s) (commas for several):</source>
        <translation>
            <numerusform>Tag untuk %n artikel (pisahkan beberapa tag dengan koma):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="56"/>
        <source>(no tags)</source>
        <translation>(tidak ada tag)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="67"/>
        <source>Type a search first, then save it</source>
        <translation>Ketik pencarian terlebih dahulu, lalu simpan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="69"/>
        <source>Save Search</source>
        <translation>Simpan Pencarian</translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="69"/>
        <source>Name for “%1”:</source>
        <translation>Nama untuk “%1”:</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="21"/>
        <source>Reading Settings</source>
        <translation>Pengaturan Membaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="24"/>
        <source>Font</source>
        <translation>Fon</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="25"/>
        <source>Serif</source>
        <translation>Serif</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="26"/>
        <source>Sans serif</source>
        <translation>Sans serif</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="42"/>
        <location filename="../../reader/ui/reading_dialog.py" line="47"/>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="49"/>
        <source>Justify paragraphs</source>
        <translation>Ratakan paragraf kiri-kanan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="52"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="53"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="53"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="54"/>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="54"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="58"/>
        <source>&amp;Font:</source>
        <translation>&amp;Fon:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="59"/>
        <source>&amp;Size:</source>
        <translation>&amp;Ukuran:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="60"/>
        <source>&amp;Line height:</source>
        <translation>Tinggi &amp;baris:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="61"/>
        <source>&amp;Column width:</source>
        <translation>&amp;Lebar kolom:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="62"/>
        <source>&amp;Paragraph spacing:</source>
        <translation>&amp;Jarak paragraf:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="64"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>RemovedLinesDialog</name>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="20"/>
        <source>Fix Extraction</source>
        <translation>Perbaiki Ekstraksi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="22"/>
        <source>Lines the cleaner left out of this article, and why. Choose one and press Put Back to return it to the text.</source>
        <translation>Baris yang dibuang pembersih dari artikel ini, beserta alasannya. Pilih salah satu lalu tekan Kembalikan untuk mengembalikannya ke teks.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="27"/>
        <source>Removed lines</source>
        <translation>Baris yang dibuang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="30"/>
        <source>&amp;Put Back</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="52"/>
        <source>Nothing was left out of this article.</source>
        <translation>Tidak ada yang dibuang dari artikel ini.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="54"/>
        <source>Fix Extraction — %1</source>
        <translation>Perbaiki Ekstraksi — %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="13"/>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="19"/>
        <source>Commands and their shortcuts</source>
        <translation>Perintah dan pintasannya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="20"/>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="20"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
</context>
</TS>
