<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="19"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="24"/>
        <source>Import &amp;Folder…</source>
        <translation>Impor &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="21"/>
        <source>Import text, HTML, Markdown, PDF or EPUB files into the library</source>
        <translation>Impor berkas teks, HTML, Markdown, PDF, atau EPUB ke pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="26"/>
        <source>Import every text, HTML, Markdown, PDF and EPUB file in a folder</source>
        <translation>Impor semua berkas teks, HTML, Markdown, PDF, dan EPUB dalam sebuah folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="29"/>
        <source>Import from the &amp;Web…</source>
        <translation>Impor dari &amp;Web…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="29"/>
        <source>Fetch and import a page by its address</source>
        <translation>Ambil dan impor halaman berdasarkan alamatnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="32"/>
        <source>&amp;Paste as Article</source>
        <translation>&amp;Tempel sebagai Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="34"/>
        <source>Import the text, HTML or address on the clipboard</source>
        <translation>Impor teks, HTML, atau alamat dari papan klip</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="36"/>
        <source>&amp;Search Library</source>
        <translation>&amp;Cari di Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="36"/>
        <source>Search articles, highlights and notes</source>
        <translation>Cari artikel, sorotan, dan catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="39"/>
        <source>Sa&amp;ve Search…</source>
        <translation>&amp;Simpan Pencarian…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="39"/>
        <source>Keep this search in the library pane</source>
        <translation>Simpan pencarian ini di panel pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="41"/>
        <source>Add &amp;Tag…</source>
        <translation>Tambah &amp;Tag…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="41"/>
        <source>Tag the selected articles</source>
        <translation>Beri tag pada artikel yang dipilih</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="42"/>
        <source>Mark as &amp;Unread</source>
        <translation>Tandai Belum &amp;Dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="42"/>
        <source>Mark the articles unread</source>
        <translation>Tandai artikel sebagai belum dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="44"/>
        <source>Mark as &amp;Reading</source>
        <translation>Tandai S&amp;edang Dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="44"/>
        <source>Mark the articles as being read</source>
        <translation>Tandai artikel sebagai sedang dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="46"/>
        <source>Mark as Rea&amp;d</source>
        <translation>Tandai S&amp;udah Dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="46"/>
        <source>Mark the articles read</source>
        <translation>Tandai artikel sebagai sudah dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="47"/>
        <source>&amp;Archive</source>
        <translation>&amp;Arsipkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="47"/>
        <source>Archive the selected articles</source>
        <translation>Arsipkan artikel yang dipilih</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="49"/>
        <source>&amp;Back Up Now</source>
        <translation>Cada&amp;ngkan Sekarang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="51"/>
        <source>Copy the library to a checked backup (the last 7 are kept)</source>
        <translation>Salin pustaka ke cadangan yang telah diperiksa (7 cadangan terakhir disimpan)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="54"/>
        <source>Restore from a Bac&amp;kup…</source>
        <translation>&amp;Pulihkan dari Cadangan…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="54"/>
        <source>Replace the library with one of its backups</source>
        <translation>Ganti pustaka dengan salah satu cadangannya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="57"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59"/>
        <source>Notes, highlights or articles as Markdown, JSON-LD, CSV, HTML or EPUB</source>
        <translation>Catatan, sorotan, atau artikel sebagai Markdown, JSON-LD, CSV, HTML, atau EPUB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="62"/>
        <source>Import &amp;Annotations…</source>
        <translation>Impor &amp;Anotasi…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="64"/>
        <source>Import highlights and notes from W3C Web Annotation JSON</source>
        <translation>Impor sorotan dan catatan dari JSON W3C Web Annotation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>Import fro&amp;m Another App…</source>
        <translation>Impor dari Aplikasi &amp;Lain…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="69"/>
        <source>Articles, tags and highlights from Pocket, Instapaper, Omnivore, Wallabag, Readwise, Hypothesis</source>
        <translation>Artikel, tag, dan sorotan dari Pocket, Instapaper, Omnivore, Wallabag, Readwise, Hypothesis</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="72"/>
        <source>Connect to a T&amp;eam Library…</source>
        <translation>Sambungkan ke Pustaka T&amp;im…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="74"/>
        <source>Share a library with your desk, group or class through a PostgreSQL database</source>
        <translation>Berbagi pustaka dengan meja redaksi, kelompok, atau kelas Anda melalui basis data PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="77"/>
        <source>&amp;Fetch Waiting Pages</source>
        <translation>Ambil Halaman yang &amp;Menunggu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="77"/>
        <source>Fetch the pages of articles saved as a link only</source>
        <translation>Ambil halaman artikel yang hanya disimpan sebagai tautan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="80"/>
        <source>Pag&amp;es Not Fetched…</source>
        <translation>Halaman yang Tida&amp;k Terambil…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="80"/>
        <source>The links whose page could not be fetched, and why</source>
        <translation>Tautan yang halamannya tidak dapat diambil, beserta alasannya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="83"/>
        <source>Connect a Bro&amp;wser…</source>
        <translation>Sambungkan &amp;Peramban…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="85"/>
        <source>Pair Chromium or Firefox with the Reader extension, to save pages as you see them</source>
        <translation>Pasangkan Chromium atau Firefox dengan ekstensi Reader, untuk menyimpan halaman seperti yang Anda lihat</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="88"/>
        <source>Other Library &amp;File…</source>
        <translation>Berkas Pustaka &amp;Lain…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="90"/>
        <source>The chosen articles, with their highlights, notes and tags, into another library file</source>
        <translation>Artikel yang dipilih, dengan sorotan, catatan, dan tagnya, ke berkas pustaka lain</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="92"/>
        <source>Copy to Another Library File</source>
        <translation>Salin ke Berkas Pustaka Lain</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="94"/>
        <source>&amp;Cite…</source>
        <translation>K&amp;utip…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="94"/>
        <source>The article&apos;s reference in a citation style</source>
        <translation>Rujukan artikel dalam suatu gaya sitasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="97"/>
        <source>Copy &amp;Quote with Citation</source>
        <translation>Salin &amp;Kutipan dengan Sitasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="99"/>
        <source>The highlight&apos;s words in quotation marks, with a short citation</source>
        <translation>Kata-kata sorotan dalam tanda kutip, dengan sitasi singkat</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="102"/>
        <source>Repair Search &amp;Index</source>
        <translation>Perbaiki &amp;Indeks Pencarian</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="104"/>
        <source>Rebuild the search index from the stored articles, highlights and notes</source>
        <translation>Bangun ulang indeks pencarian dari artikel, sorotan, dan catatan yang tersimpan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="107"/>
        <source>&amp;Delete Article</source>
        <translation>&amp;Hapus Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="109"/>
        <source>Delete the selected articles and their notes</source>
        <translation>Hapus artikel yang dipilih beserta catatannya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="111"/>
        <source>Quit Reader</source>
        <translation>Keluar dari Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="112"/>
        <source>&amp;Next Article</source>
        <translation>Artikel &amp;Berikutnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="112"/>
        <source>Open the next article</source>
        <translation>Buka artikel berikutnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="114"/>
        <source>&amp;Previous Article</source>
        <translation>Artikel Sebe&amp;lumnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="114"/>
        <source>Open the previous article</source>
        <translation>Buka artikel sebelumnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="117"/>
        <source>&amp;Fix Extraction…</source>
        <translation>&amp;Perbaiki Ekstraksi…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119"/>
        <source>See the lines the cleaner left out and put any of them back</source>
        <translation>Lihat baris yang dibuang oleh pembersih dan kembalikan yang diperlukan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122"/>
        <source>Edit &amp;Authors…</source>
        <translation>Sunting Pe&amp;nulis…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="124"/>
        <source>Correct the article&apos;s authors: names, roles, person or organisation</source>
        <translation>Betulkan penulis artikel: nama, peran, orang atau organisasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="127"/>
        <source>D&amp;rop This Paragraph</source>
        <translation>&amp;Buang Paragraf Ini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="129"/>
        <source>Take the paragraph under the cursor out of the article</source>
        <translation>Keluarkan paragraf di bawah kursor dari artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="132"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Sorot</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="132"/>
        <source>Highlight the selected words with the chosen label</source>
        <translation>Sorot kata yang dipilih dengan label pilihan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="135"/>
        <source>Add &amp;Note</source>
        <translation>Tambah &amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="135"/>
        <source>Write a note on the selected words or the chosen highlight</source>
        <translation>Tulis catatan pada kata yang dipilih atau pada sorotan pilihan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>Rename &amp;Labels…</source>
        <translation>Ganti Nama &amp;Label…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>Give the highlight colours your own meanings</source>
        <translation>Tentukan sendiri makna setiap warna sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="143"/>
        <source>&amp;About Reader</source>
        <translation>&amp;Tentang Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="143"/>
        <source>Version and licence</source>
        <translation>Versi dan lisensi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="145"/>
        <source>Reading &amp;Settings…</source>
        <translation>Pengaturan &amp;Membaca…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="145"/>
        <source>Font, size, line height, column width, spacing, theme</source>
        <translation>Fon, ukuran, tinggi baris, lebar kolom, jarak, tema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="147"/>
        <source>Zoom &amp;In</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="147"/>
        <source>Larger text</source>
        <translation>Teks lebih besar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="149"/>
        <source>Zoom &amp;Out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="149"/>
        <source>Smaller text</source>
        <translation>Teks lebih kecil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="150"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Ukuran Sebenarnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="150"/>
        <source>The text at its set size</source>
        <translation>Teks pada ukuran yang telah diatur</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="152"/>
        <source>&amp;Distraction-Free Reading</source>
        <translation>Membaca Tanpa &amp;Gangguan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="152"/>
        <source>Hide everything but the article</source>
        <translation>Sembunyikan semuanya kecuali artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="155"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="155"/>
        <source>Every command and its keys</source>
        <translation>Semua perintah beserta tombolnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="158"/>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Cari di Artikel…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="160"/>
        <source>Find words in the open article (in the library: search it)</source>
        <translation>Cari kata dalam artikel yang terbuka (di pustaka: mencari di pustaka)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="162"/>
        <source>Page &amp;Down</source>
        <translation>Halaman ke Ba&amp;wah</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="162"/>
        <source>Scroll the article down a page</source>
        <translation>Gulir artikel ke bawah satu halaman</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="163"/>
        <source>Page &amp;Up</source>
        <translation>Halaman ke &amp;Atas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="163"/>
        <source>Scroll the article up a page</source>
        <translation>Gulir artikel ke atas satu halaman</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="165"/>
        <source>Go to &amp;Library</source>
        <translation>Pindah ke &amp;Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="165"/>
        <source>Move the focus to the library list</source>
        <translation>Pindahkan fokus ke daftar pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="167"/>
        <source>Go to &amp;Article</source>
        <translation>Pindah ke A&amp;rtikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="167"/>
        <source>Move the focus to the article</source>
        <translation>Pindahkan fokus ke artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="169"/>
        <source>Go to &amp;Notes</source>
        <translation>Pindah ke Catata&amp;n</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="169"/>
        <source>Move the focus to highlights and notes</source>
        <translation>Pindahkan fokus ke sorotan dan catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="175"/>
        <source>Follow the &amp;System</source>
        <translation>Ikuti &amp;Sistem</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="176"/>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="177"/>
        <source>&amp;Sepia</source>
        <translation>Se&amp;pia</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="178"/>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="182"/>
        <source>Reading theme</source>
        <translation>Tema bacaan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="183"/>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="212"/>
        <source>Highlight with “%1”</source>
        <translation>Sorot dengan “%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="213"/>
        <source>Highlight as “%1”</source>
        <translation>Sorot sebagai “%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="214"/>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
</context>
<context>
    <name>AnnotationImport</name>
    <message>
        <location filename="../../reader/ui/annotation_import.py" line="32"/>
        <location filename="../../reader/ui/annotation_import.py" line="70"/>
        <source>Checking the file…</source>
        <translation>Memeriksa berkas…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_import.py" line="32"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_import.py" line="34"/>
        <source>Import Annotations</source>
        <translation>Impor Anotasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_import.py" line="74"/>
        <source>Importing annotation %1 of %2</source>
        <translation>Mengimpor anotasi %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_import.py" line="57"/>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_import.py" line="88"/>
        <source>Annotations imported</source>
        <translation>Anotasi diimpor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_import.py" line="95"/>
        <source>%n annotation(s) or article(s) need a look: see the details.</source>
        <translation>
            <numerusform>%n anotasi atau artikel perlu diperiksa: lihat rinciannya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="258"/>
        <source>Highlights and notes</source>
        <translation>Sorotan dan catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="263"/>
        <source>Highlights</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="266"/>
        <source>Orphaned highlights</source>
        <translation>Sorotan yang terlepas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="268"/>
        <source>No note on this article yet. Double-click to write one.</source>
        <translation>Belum ada catatan pada artikel ini. Klik ganda untuk menulisnya.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="270"/>
        <location filename="../../reader/ui/annotation_panel.py" line="316"/>
        <source>Article note</source>
        <translation>Catatan artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="272"/>
        <source>No note on this highlight. Double-click or press N to write one.</source>
        <translation>Tidak ada catatan pada sorotan ini. Klik ganda atau tekan N untuk menulisnya.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="274"/>
        <location filename="../../reader/ui/annotation_panel.py" line="432"/>
        <source>Note on the selected highlight</source>
        <translation>Catatan pada sorotan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="277"/>
        <source>Show highlights with label</source>
        <translation>Tampilkan sorotan dengan label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="280"/>
        <source>No highlights yet

Select words in the article and press H, or right-click them and choose a label.</source>
        <translation>Belum ada sorotan

Pilih kata dalam artikel lalu tekan H, atau klik kanan kata tersebut dan pilih label.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="287"/>
        <source>Orphaned — their words are gone from the text</source>
        <translation>Terlepas — kata-katanya sudah tidak ada di teks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="288"/>
        <source>Re-attach to Selection</source>
        <translation>Tautkan Ulang ke Pilihan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="289"/>
        <source>Select the right words in the article, then press this</source>
        <translation>Pilih kata yang tepat di artikel, lalu tekan tombol ini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="290"/>
        <source>Looks Right</source>
        <translation>Sudah Benar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="291"/>
        <source>The text changed and this highlight moved; confirm it is on the right words</source>
        <translation>Teks berubah dan sorotan ini berpindah; pastikan sorotan berada pada kata yang tepat</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="304"/>
        <source>Highlights &amp; notes</source>
        <translation>Sorotan &amp; catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="335"/>
        <location filename="../../reader/ui/annotation_panel.py" line="432"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="388"/>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../reader/ui/annotating.py" line="103"/>
        <source>Highlights go on the article&apos;s text: select words below the headline and byline</source>
        <translation>Sorotan dibuat pada teks artikel: pilih kata-kata di bawah judul dan nama penulis</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="105"/>
        <source>Select some words of the article first</source>
        <translation>Pilih beberapa kata dalam artikel terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="110"/>
        <source>Cannot highlight</source>
        <translation>Tidak dapat menyorot</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="141"/>
        <source>Cannot delete the highlight</source>
        <translation>Tidak dapat menghapus sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="145"/>
        <source>Highlight deleted — Ctrl+Z brings it back</source>
        <translation>Sorotan dihapus — Ctrl+Z mengembalikannya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="150"/>
        <source>Cannot change the label</source>
        <translation>Tidak dapat mengubah label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="158"/>
        <location filename="../../reader/ui/annotating.py" line="169"/>
        <source>Cannot save the note</source>
        <translation>Tidak dapat menyimpan catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="177"/>
        <source>Select the words to attach the highlight to, then press Re-attach</source>
        <translation>Pilih kata tempat sorotan akan ditautkan, lalu tekan Tautkan Ulang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="179"/>
        <source>Cannot re-attach</source>
        <translation>Tidak dapat menautkan ulang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotating.py" line="184"/>
        <source>Cannot confirm</source>
        <translation>Tidak dapat mengonfirmasi</translation>
    </message>
</context>
<context>
    <name>AppImportDialog</name>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="41"/>
        <source>Import from Another App</source>
        <translation>Impor dari Aplikasi Lain</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="45"/>
        <source>Bring your saved articles, tags, states and highlights. Download your export from the app, then choose the file here:</source>
        <translation>Bawa artikel tersimpan, tag, status, dan sorotan Anda. Unduh ekspor Anda dari aplikasi tersebut, lalu pilih berkasnya di sini:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="53"/>
        <source>the export you downloaded: a .zip of CSV files, or the older .html file</source>
        <translation>ekspor yang Anda unduh: berkas .zip berisi berkas CSV, atau berkas .html versi lama</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="54"/>
        <source>Settings ▸ Export ▸ Download .CSV file</source>
        <translation>Settings ▸ Export ▸ Download .CSV file</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="55"/>
        <source>the export .zip (Settings ▸ Export Data)</source>
        <translation>berkas ekspor .zip (Settings ▸ Export Data)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="56"/>
        <source>All entries ▸ Export ▸ JSON</source>
        <translation>All entries ▸ Export ▸ JSON</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="57"/>
        <source>readwise.io/export ▸ Export to CSV</source>
        <translation>readwise.io/export ▸ Export to CSV</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="58"/>
        <source>your profile ▸ Export ▸ JSON</source>
        <translation>profil Anda ▸ Export ▸ JSON</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="66"/>
        <source>Tell by the file&apos;s content</source>
        <translation>Kenali dari isi berkas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="70"/>
        <source>Read as:</source>
        <translation>Baca sebagai:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="73"/>
        <source>&amp;Choose Export File…</source>
        <translation>&amp;Pilih Berkas Ekspor…</translation>
    </message>
</context>
<context>
    <name>AppImportFlow</name>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="105"/>
        <source>Choose an Export File</source>
        <translation>Pilih Berkas Ekspor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="107"/>
        <source>Exports (*.zip *.csv *.json *.html *.htm);;All files (*)</source>
        <translation>Berkas ekspor (*.zip *.csv *.json *.html *.htm);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="116"/>
        <source>An import is running</source>
        <translation>Impor sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="116"/>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>Tunggu hingga selesai, atau batalkan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="124"/>
        <location filename="../../reader/ui/app_import_flow.py" line="140"/>
        <location filename="../../reader/ui/app_import_flow.py" line="157"/>
        <source>Import from Another App</source>
        <translation>Impor dari Aplikasi Lain</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="125"/>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="128"/>
        <location filename="../../reader/ui/app_import_flow.py" line="136"/>
        <location filename="../../reader/ui/app_import_flow.py" line="164"/>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="136"/>
        <source>The export holds no articles.</source>
        <translation>Ekspor ini tidak berisi artikel.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="142"/>
        <source>%1

Import these into the library? Links are listed at once; their pages are fetched in the background.</source>
        <translation>%1

Impor semua ini ke pustaka? Tautan langsung dicantumkan; halamannya diambil di latar belakang.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="158"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="160"/>
        <source>Importing item %1 of %2</source>
        <translation>Mengimpor item %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app_import_flow.py" line="170"/>
        <source>Imported, with problems</source>
        <translation>Diimpor, dengan masalah</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../reader/ui/article_view.py" line="44"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="103"/>
        <source>By %1</source>
        <translation>Oleh %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="104"/>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="105"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="106"/>
        <source>Tags: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="107"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="108"/>
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="109"/>
        <source>Contributor</source>
        <translation>Kontributor</translation>
    </message>
</context>
<context>
    <name>AuthorsDialog</name>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="26"/>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="27"/>
        <source>Reporter</source>
        <translation>Wartawan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="28"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="29"/>
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="30"/>
        <source>Contributor</source>
        <translation>Kontributor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="33"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="34"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="47"/>
        <source>Edit Authors</source>
        <translation>Sunting Penulis</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="51"/>
        <source>Who made this article, as citations should name them. An organisation is never inverted or shortened to initials.</source>
        <translation>Siapa yang membuat artikel ini, sebagaimana kutipan harus menyebutnya. Nama organisasi tidak pernah dibalik atau disingkat menjadi inisial.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="58"/>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="60"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="60"/>
        <source>Person or organisation</source>
        <translation>Orang atau organisasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="60"/>
        <source>Title beside the name</source>
        <translation>Jabatan di samping nama</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="70"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="72"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="129"/>
        <source>Open an article first</source>
        <translation>Buka sebuah artikel terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/authors_dialog.py" line="137"/>
        <source>Authors saved</source>
        <translation>Penulis disimpan</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="47"/>
        <source>Backed up to %1</source>
        <translation>Dicadangkan ke %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="51"/>
        <source>The backup failed: %1</source>
        <translation>Pencadangan gagal: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="60"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="60"/>
        <source>There are no backups of this library yet.</source>
        <translation>Belum ada cadangan untuk pustaka ini.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="66"/>
        <location filename="../../reader/ui/backup_flow.py" line="84"/>
        <source>Restore from a Backup</source>
        <translation>Pulihkan dari Cadangan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="67"/>
        <source>Replace the library with this backup (the current file is kept aside, and Reader restarts):</source>
        <translation>Ganti pustaka dengan cadangan ini (berkas yang sekarang disimpan terpisah, lalu Reader dimulai ulang):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="85"/>
        <source>Restoring %1…</source>
        <translation>Memulihkan %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="102"/>
        <source>Reader starts again on the library as it is.</source>
        <translation>Reader dimulai lagi dengan pustaka apa adanya.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="117"/>
        <source>Reader cannot open your library.</source>
        <translation>Reader tidak dapat membuka pustaka Anda.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="118"/>
        <source>%1

The file is kept as it is, for recovery.</source>
        <translation>%1

Berkas dibiarkan apa adanya untuk keperluan pemulihan.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="122"/>
        <source>
There is no backup to restore.</source>
        <translation>
Tidak ada cadangan yang dapat dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="127"/>
        <source>
Restore the latest good backup, %1?</source>
        <translation>
Pulihkan cadangan utuh terbaru, %1?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="130"/>
        <source>Restore Backup</source>
        <translation>Pulihkan Cadangan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="152"/>
        <source>This library was made by a newer version of Reader.</source>
        <translation>Pustaka ini dibuat oleh versi Reader yang lebih baru.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="154"/>
        <source>%1

Update Reader to open it. The file is left exactly as it is.</source>
        <translation>%1

Perbarui Reader untuk membukanya. Berkasnya dibiarkan persis seperti adanya.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="159"/>
        <source>Open Another Library…</source>
        <translation>Buka Pustaka Lain…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="161"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="167"/>
        <source>Open or Start a Library</source>
        <translation>Buka atau Mulai Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/backup_flow.py" line="169"/>
        <source>Reader libraries (*.sqlite3);;All files (*)</source>
        <translation>Pustaka Reader (*.sqlite3);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>BrowserLink</name>
    <message>
        <location filename="../../reader/ui/browser_link.py" line="154"/>
        <source>⚠ Browser saving is off: port %1 is taken</source>
        <translation>⚠ Penyimpanan dari peramban mati: port %1 sudah dipakai</translation>
    </message>
    <message>
        <location filename="../../reader/ui/browser_link.py" line="175"/>
        <source>Saved from the browser: %1</source>
        <translation>Disimpan dari peramban: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/browser_link.py" line="177"/>
        <source>Saved from the browser as a new version: %1</source>
        <translation>Disimpan dari peramban sebagai versi baru: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/browser_link.py" line="179"/>
        <source>Saved from the browser again, unchanged: %1</source>
        <translation>Disimpan lagi dari peramban, tanpa perubahan: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/browser_link.py" line="180"/>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
</context>
<context>
    <name>ConnectBrowserDialog</name>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="37"/>
        <source>Connect a Browser</source>
        <translation>Sambungkan Peramban</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="43"/>
        <source>Install the Reader extension in Chromium, Chrome, Edge or Firefox (the README says how), click its toolbar button, and type this code. Then the button saves the page you are reading, as you see it, and its context menu saves a selection as a highlight.</source>
        <translation>Pasang ekstensi Reader di Chromium, Chrome, Edge, atau Firefox (caranya ada di README), klik tombolnya di bilah alat, lalu ketik kode ini. Setelah itu tombol tersebut menyimpan halaman yang sedang Anda baca, seperti yang Anda lihat, dan menu konteksnya menyimpan pilihan teks sebagai sorotan.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="63"/>
        <source>&amp;New Code</source>
        <translation>Kode &amp;Baru</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="75"/>
        <source>Paired browsers</source>
        <translation>Peramban yang dipasangkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="80"/>
        <source>&amp;Forget</source>
        <translation>&amp;Lupakan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="81"/>
        <source>This browser must pair again before it can save to Reader</source>
        <translation>Peramban ini harus dipasangkan lagi sebelum dapat menyimpan ke Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="87"/>
        <source>Listening</source>
        <translation>Mendengarkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="89"/>
        <source>&amp;Receive pages from browsers</source>
        <translation>&amp;Terima halaman dari peramban</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="92"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="97"/>
        <source>&amp;Apply</source>
        <translation>Te&amp;rapkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="98"/>
        <source>Listen with these settings; set the same port in the extension&apos;s settings</source>
        <translation>Dengarkan dengan pengaturan ini; atur port yang sama di pengaturan ekstensi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="125"/>
        <source>The code is good for one browser, for 10 minutes.</source>
        <translation>Kode ini berlaku untuk satu peramban, selama 10 menit.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="136"/>
        <source>Paired: %1. Choose New Code to pair another browser.</source>
        <translation>Dipasangkan: %1. Pilih Kode Baru untuk memasangkan peramban lain.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="140"/>
        <source>This code can no longer be used. Choose New Code for another.</source>
        <translation>Kode ini tidak dapat dipakai lagi. Pilih Kode Baru untuk kode lain.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="148"/>
        <source>%1 — paired on %2</source>
        <translation>%1 — dipasangkan pada %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="153"/>
        <source>No browser is paired yet.</source>
        <translation>Belum ada peramban yang dipasangkan.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="176"/>
        <source>Reader is listening for browsers on %1:%2.</source>
        <translation>Reader mendengarkan peramban di %1:%2.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="181"/>
        <source>Another Reader window receives pages from browsers, into its library. Close it to receive them in this one.</source>
        <translation>Jendela Reader lain menerima halaman dari peramban, ke pustakanya. Tutup jendela itu untuk menerimanya di jendela ini.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="186"/>
        <source>Reader is not receiving pages from browsers (switched off below).</source>
        <translation>Reader tidak menerima halaman dari peramban (dimatikan di bawah).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/connect_browser.py" line="188"/>
        <source>Reader is not listening for browsers yet.</source>
        <translation>Reader belum mendengarkan peramban.</translation>
    </message>
</context>
<context>
    <name>CopyFlow</name>
    <message>
        <location filename="../../reader/ui/copy_flow.py" line="34"/>
        <source>Choose the articles to copy in the list first.</source>
        <translation>Pilih dulu artikel yang akan disalin di daftar.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/copy_flow.py" line="45"/>
        <source>Copy to Which Library?</source>
        <translation>Salin ke Pustaka Mana?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/copy_flow.py" line="47"/>
        <source>Reader library (*.sqlite3)</source>
        <translation>Pustaka Reader (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/copy_flow.py" line="66"/>
        <source>Cannot copy the highlight</source>
        <translation>Sorotan tidak dapat disalin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/copy_flow.py" line="69"/>
        <source>Copied the highlight to %1</source>
        <translation>Sorotan disalin ke %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/copy_flow.py" line="71"/>
        <source>That library has this highlight already: %1</source>
        <translation>Pustaka itu sudah memiliki sorotan ini: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/copy_flow.py" line="73"/>
        <source> — the team gets it at its next sync</source>
        <translation> — tim menerimanya pada sinkronisasi berikutnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/copy_flow.py" line="90"/>
        <source>Cannot copy the articles</source>
        <translation>Tidak dapat menyalin artikel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/copy_flow.py" line="92"/>
        <source>Copied %n article(s) to %1</source>
        <translation>
            <numerusform>Menyalin %n artikel ke %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/copy_flow.py" line="94"/>
        <source> — the team gets them at its next sync</source>
        <translation> — tim menerimanya pada penyelarasan berikutnya</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../reader/ui/crash_report.py" line="68"/>
        <source>Something went wrong inside Reader. Your library is safe; you can go on working.</source>
        <translation>Terjadi kesalahan di dalam Reader. Pustaka Anda aman; Anda dapat terus bekerja.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/crash_report.py" line="74"/>
        <source>Copy Details</source>
        <translation>Salin Detail</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="37"/>
        <source>Highlights and notes as Markdown</source>
        <translation>Sorotan dan catatan sebagai Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="38"/>
        <source>Article as Markdown (highlights marked)</source>
        <translation>Artikel sebagai Markdown (sorotan ditandai)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="39"/>
        <source>Annotations as W3C Web Annotation JSON-LD</source>
        <translation>Anotasi sebagai JSON-LD W3C Web Annotation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="40"/>
        <source>Highlights as CSV (spreadsheet)</source>
        <translation>Sorotan sebagai CSV (lembar kerja)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="41"/>
        <source>Article as HTML (printable)</source>
        <translation>Artikel sebagai HTML (siap cetak)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="42"/>
        <source>Articles as EPUB (e-reader)</source>
        <translation>Artikel sebagai EPUB (pembaca e-book)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="43"/>
        <source>Bibliography</source>
        <translation>Bibliografi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="44"/>
        <source>Whole library as a folder (to import back)</source>
        <translation>Seluruh pustaka sebagai folder (untuk diimpor kembali)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="58"/>
        <source>Chicago (author-date)</source>
        <translation>Chicago (penulis-tanggal)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="70"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="72"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="76"/>
        <source>Citation style</source>
        <translation>Gaya sitasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="80"/>
        <source>The open article</source>
        <translation>Artikel yang terbuka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/export_flow.py" line="81"/>
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>%n artikel yang dipilih</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="82"/>
        <source>The whole library</source>
        <translation>Seluruh pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="89"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="90"/>
        <source>Citation &amp;style:</source>
        <translation>&amp;Gaya sitasi:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="96"/>
        <source>Export:</source>
        <translation>Ekspor:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="121"/>
        <source>Open an article to export it in this format</source>
        <translation>Buka sebuah artikel untuk mengekspornya dalam format ini</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="142"/>
        <source>Nothing to export</source>
        <translation>Tidak ada yang dapat diekspor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="142"/>
        <source>Open or select an article first.</source>
        <translation>Buka atau pilih artikel terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="177"/>
        <source>Nothing was exported</source>
        <translation>Tidak ada yang diekspor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="47"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="48"/>
        <source>JSON-LD</source>
        <translation>JSON-LD</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="49"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="50"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="51"/>
        <source>EPUB</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="52"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="160"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="162"/>
        <source>Exporting %1 of %2
%3</source>
        <translation>Mengekspor %1 dari %2
%3</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="170"/>
        <source>Export cancelled</source>
        <translation>Ekspor dibatalkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="184"/>
        <source>Exported “%1” to %2</source>
        <translation>“%1” diekspor ke %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="194"/>
        <source>Export the library to a folder</source>
        <translation>Ekspor pustaka ke folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="196"/>
        <source>Reader library</source>
        <translation>Pustaka Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="199"/>
        <source>Reader export</source>
        <translation>Ekspor Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="159"/>
        <location filename="../../reader/ui/export_flow.py" line="204"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="220"/>
        <source>Replace?</source>
        <translation>Ganti?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="220"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 sudah ada. Ganti?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="236"/>
        <source>Cite</source>
        <translation>Kutip</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="245"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="247"/>
        <source>&amp;Style:</source>
        <translation>&amp;Gaya:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="265"/>
        <source>Citation copied</source>
        <translation>Sitasi disalin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="285"/>
        <source>Choose a highlight first</source>
        <translation>Pilih sorotan terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_flow.py" line="293"/>
        <source>Quote with citation copied</source>
        <translation>Kutipan beserta sitasinya disalin</translation>
    </message>
</context>
<context>
    <name>ExtractionFlow</name>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="52"/>
        <source>Cannot put the line back</source>
        <translation>Tidak dapat mengembalikan baris</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="53"/>
        <source>Line put back; highlights: %1</source>
        <translation>Baris dikembalikan; sorotan: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="65"/>
        <source>Put the cursor in a paragraph of the article first</source>
        <translation>Letakkan kursor di salah satu paragraf artikel terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="71"/>
        <source>Cannot drop the paragraph</source>
        <translation>Tidak dapat membuang paragraf</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="72"/>
        <source>Paragraph dropped (Fix Extraction puts it back); highlights: %1</source>
        <translation>Paragraf dibuang (Perbaiki Ekstraksi dapat mengembalikannya); sorotan: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="94"/>
        <source>Fix Extraction</source>
        <translation>Perbaiki Ekstraksi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/extraction_flow.py" line="95"/>
        <source>Placing the highlights on the new text…</source>
        <translation>Menempatkan sorotan pada teks baru…</translation>
    </message>
</context>
<context>
    <name>FetchBar</name>
    <message>
        <location filename="../../reader/ui/fetch_bar.py" line="41"/>
        <location filename="../../reader/ui/fetch_bar.py" line="125"/>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_bar.py" line="43"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_bar.py" line="102"/>
        <source>Fetching pages: %1 of %2</source>
        <translation>Mengambil halaman: %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_bar.py" line="120"/>
        <source>Fetching paused: %1 pages waiting</source>
        <translation>Pengambilan dijeda: %1 halaman menunggu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_bar.py" line="122"/>
        <source>%1 pages waiting to be fetched</source>
        <translation>%1 halaman menunggu untuk diambil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_bar.py" line="125"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_bar.py" line="129"/>
        <source>%1 not fetched…</source>
        <translation>%1 tidak terambil…</translation>
    </message>
</context>
<context>
    <name>FetchFailuresDialog</name>
    <message>
        <location filename="../../reader/ui/fetch_failures.py" line="24"/>
        <source>Pages Not Fetched</source>
        <translation>Halaman yang Tidak Terambil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_failures.py" line="31"/>
        <source>These articles came as a link, and their page could not be fetched. They stay in the library as bookmarks; try them again when the site is back.</source>
        <translation>Artikel-artikel ini masuk sebagai tautan, dan halamannya tidak dapat diambil. Artikel tersebut tetap ada di pustaka sebagai markah; coba lagi setelah situsnya dapat diakses kembali.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_failures.py" line="37"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_failures.py" line="37"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_failures.py" line="37"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_failures.py" line="49"/>
        <source>Try &amp;Selected Again</source>
        <translation>Coba Lagi yang &amp;Dipilih</translation>
    </message>
    <message>
        <location filename="../../reader/ui/fetch_failures.py" line="50"/>
        <source>Try &amp;All Again</source>
        <translation>Coba Lagi &amp;Semua</translation>
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
    <name>HighlightDelegate</name>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="50"/>
        <source>moved — check</source>
        <translation>berpindah — periksa</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="51"/>
        <source>orphaned</source>
        <translation>terlepas</translation>
    </message>
</context>
<context>
    <name>HighlightList</name>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="208"/>
        <source>Go to Highlight</source>
        <translation>Lompat ke Sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="209"/>
        <source>Edit Note</source>
        <translation>Sunting Catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="212"/>
        <source>Change Label</source>
        <translation>Ubah Label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="215"/>
        <source>Copy to Library</source>
        <translation>Salin ke Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="219"/>
        <source>Other Library File…</source>
        <translation>Berkas Pustaka Lain…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="221"/>
        <source>Delete Highlight</source>
        <translation>Hapus Sorotan</translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message>
        <location filename="../../reader/ui/highlight_model.py" line="130"/>
        <source>p. %1</source>
        <translation>hlm. %1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="74"/>
        <location filename="../../reader/ui/import_flow.py" line="112"/>
        <location filename="../../reader/ui/import_flow.py" line="151"/>
        <location filename="../../reader/ui/import_flow.py" line="167"/>
        <location filename="../../reader/ui/import_flow.py" line="261"/>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="89"/>
        <location filename="../../reader/ui/import_flow.py" line="129"/>
        <location filename="../../reader/ui/import_flow.py" line="218"/>
        <source>An import is running</source>
        <translation>Impor sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="89"/>
        <location filename="../../reader/ui/import_flow.py" line="129"/>
        <location filename="../../reader/ui/import_flow.py" line="218"/>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>Tunggu hingga selesai, atau batalkan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="138"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="93"/>
        <location filename="../../reader/ui/import_flow.py" line="137"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="74"/>
        <source>No text, HTML, Markdown, PDF or EPUB files were found.</source>
        <translation>Tidak ditemukan berkas teks, HTML, Markdown, PDF, atau EPUB.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="94"/>
        <source>Importing the exported library…</source>
        <translation>Mengimpor pustaka yang diekspor…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="141"/>
        <source>Importing %1 of %2
%3</source>
        <translation>Mengimpor %1 dari %2
%3</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="159"/>
        <source>Imported %1 of %2</source>
        <translation>%1 dari %2 diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="161"/>
        <source> (cancelled)</source>
        <translation> (dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="167"/>
        <source>Some inputs were not imported</source>
        <translation>Beberapa masukan tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="170"/>
        <source>
… and %1 more</source>
        <translation>
… dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="180"/>
        <source>Import As It Is</source>
        <translation>Impor Apa Adanya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="189"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="205"/>
        <source>Import from the Web</source>
        <translation>Impor dari Web</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="206"/>
        <source>Address of the page (http or https):</source>
        <translation>Alamat halaman (http atau https):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="222"/>
        <source>Import annotations</source>
        <translation>Impor anotasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="224"/>
        <source>Web Annotation JSON (*.json *.jsonld);;All files (*)</source>
        <translation>JSON Web Annotation (*.json *.jsonld);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="262"/>
        <source>pasted</source>
        <translation>tempelan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="265"/>
        <source>Imported the pasted text</source>
        <translation>Teks yang ditempel telah diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="197"/>
        <source>Import a folder</source>
        <translation>Impor folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_flow.py" line="190"/>
        <source>Import articles</source>
        <translation>Impor artikel</translation>
    </message>
</context>
<context>
    <name>LabelMenus</name>
    <message>
        <location filename="../../reader/ui/label_menus.py" line="52"/>
        <source>Cannot rename the label</source>
        <translation>Tidak dapat mengganti nama label</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../reader/ui/label_names.py" line="18"/>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="19"/>
        <source>Claim to check</source>
        <translation>Klaim untuk dicek</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="20"/>
        <source>Key fact</source>
        <translation>Fakta kunci</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="21"/>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="22"/>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="23"/>
        <source>Idea</source>
        <translation>Ide</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="28"/>
        <source>yellow</source>
        <translation>kuning</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="29"/>
        <source>red</source>
        <translation>merah</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="30"/>
        <source>green</source>
        <translation>hijau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="31"/>
        <source>blue</source>
        <translation>biru</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="32"/>
        <source>purple</source>
        <translation>ungu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/label_names.py" line="33"/>
        <source>orange</source>
        <translation>oranye</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../reader/ui/labels_dialog.py" line="15"/>
        <source>Rename Labels</source>
        <translation>Ganti Nama Label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/labels_dialog.py" line="19"/>
        <source>What each highlight colour means to you:</source>
        <translation>Makna setiap warna sorotan bagi Anda:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/labels_dialog.py" line="29"/>
        <source>Meaning of %1</source>
        <translation>Makna %1</translation>
    </message>
</context>
<context>
    <name>Libraries</name>
    <message>
        <location filename="../../reader/ui/libraries.py" line="37"/>
        <source>Team: %1 on %2</source>
        <translation>Tim: %1 di %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/libraries.py" line="39"/>
        <source>Personal library</source>
        <translation>Pustaka pribadi</translation>
    </message>
</context>
<context>
    <name>LibraryListModel</name>
    <message>
        <location filename="../../reader/ui/library_model.py" line="137"/>
        <source>%1% read</source>
        <translation>%1% dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="139"/>
        <source>read</source>
        <translation>sudah dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="141"/>
        <source>archived</source>
        <translation>diarsipkan</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="53"/>
        <source>Search articles, highlights, notes…  ( / )</source>
        <translation>Cari artikel, sorotan, catatan…  ( / )</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="54"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="31"/>
        <source>in a highlight: </source>
        <translation>di sorotan: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="32"/>
        <source>in a note: </source>
        <translation>di catatan: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="57"/>
        <source>Words, &quot;exact phrase&quot;, prefix*, -exclude, tag:NAME, site:, author:, label:, in:notes, in:highlights, is:unread|reading|read|archived, has:notes, before:DATE, after:DATE</source>
        <translation>Kata, &quot;frasa persis&quot;, awalan*, -kecualikan, tag:NAMA, site:, author:, label:, in:notes, in:highlights, is:unread|reading|read|archived, has:notes, before:TANGGAL, after:TANGGAL</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="65"/>
        <source>Library sections, tags and saved searches</source>
        <translation>Bagian pustaka, tag, dan pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="75"/>
        <source>Sort by</source>
        <translation>Urutkan menurut</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="77"/>
        <source>Date added</source>
        <translation>Tanggal ditambahkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="78"/>
        <source>Date published</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="79"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="80"/>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="137"/>
        <source>All articles (%1)</source>
        <translation>Semua artikel (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="138"/>
        <source>Continue reading (%1)</source>
        <translation>Lanjutkan membaca (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="139"/>
        <source>Unread (%1)</source>
        <translation>Belum dibaca (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="140"/>
        <source>Read (%1)</source>
        <translation>Sudah dibaca (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="141"/>
        <source>Archived (%1)</source>
        <translation>Diarsipkan (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="146"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="152"/>
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="176"/>
        <source>Libraries</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="180"/>
        <source>%1 (this window)</source>
        <translation>%1 (jendela ini)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="181"/>
        <source>%1
Shown in this window</source>
        <translation>%1
Ditampilkan di jendela ini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="185"/>
        <source>%1
Double-click to open it in a window of its own; right-click to copy articles there</source>
        <translation>%1
Klik ganda untuk membukanya di jendela tersendiri; klik kanan untuk menyalin artikel ke sana</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="198"/>
        <source>Open in a New Window</source>
        <translation>Buka di Jendela Baru</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="199"/>
        <source>Copy the Chosen Articles Here</source>
        <translation>Salin Artikel yang Dipilih ke Sini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="247"/>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="248"/>
        <source>Continue reading</source>
        <translation>Lanjutkan membaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="249"/>
        <source>Read</source>
        <translation>Sudah dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="250"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="253"/>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="255"/>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_pane.py" line="256"/>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../reader/ui/library_view.py" line="204"/>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="255"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n artikel di pustaka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="26"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="36"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="46"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="47"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="49"/>
        <source>A&amp;nnotate</source>
        <translation>A&amp;notasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="50"/>
        <source>Highlight &amp;As</source>
        <translation>Sorot Seb&amp;agai</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="51"/>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="56"/>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="58"/>
        <source>Copy to &amp;Library</source>
        <translation>Salin ke &amp;Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="62"/>
        <source>&amp;Library</source>
        <translation>&amp;Pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="67"/>
        <source>Remove Ta&amp;g</source>
        <translation>Hapus Ta&amp;g</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="87"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="89"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="308"/>
        <source>Cannot open the article</source>
        <translation>Tidak dapat membuka artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="321"/>
        <source>Cannot open the link</source>
        <translation>Tidak dapat membuka tautan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/refresh.py" line="88"/>
        <source> — showing all articles, so that the new one is in the list</source>
        <translation> — semua artikel ditampilkan agar artikel baru ada di daftar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="346"/>
        <source>Annotations: %1</source>
        <translation>Anotasi: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="357"/>
        <source>That did not work</source>
        <translation>Tidak berhasil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/repair_flow.py" line="16"/>
        <source>Search index rebuilt: %1 articles, %2 highlights, %3 notes</source>
        <translation>Indeks pencarian dibangun ulang: %1 artikel, %2 sorotan, %3 catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/repair_flow.py" line="29"/>
        <source>Search is not working</source>
        <translation>Pencarian tidak berfungsi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/repair_flow.py" line="30"/>
        <source>The library&apos;s search index is damaged, so searching finds nothing. Your articles, highlights and notes are not affected: the index can be rebuilt from them.</source>
        <translation>Indeks pencarian pustaka rusak, sehingga pencarian tidak menemukan apa pun. Artikel, sorotan, dan catatan Anda tidak terpengaruh: indeks dapat dibangun ulang dari semuanya.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/repair_flow.py" line="41"/>
        <source>Repair Search Index</source>
        <translation>Perbaiki Indeks Pencarian</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="397"/>
        <source>Open link</source>
        <translation>Buka tautan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="398"/>
        <source>Open this address in your web browser?

%1</source>
        <translation>Buka alamat ini di peramban web Anda?

%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="73"/>
        <source>About Reader</source>
        <translation>Tentang Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="75"/>
        <source>&lt;p&gt;Read saved articles clean, highlight what matters, and keep your notes.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Baca artikel tersimpan dengan tampilan bersih, sorot hal yang penting, dan simpan catatan Anda.&lt;/p&gt;&lt;p&gt;Perangkat lunak bebas di bawah GNU GPL, versi 3 atau yang lebih baru.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="34"/>
        <source>Write a note in Markdown… (Ctrl+Enter to finish, Esc to cancel)</source>
        <translation>Tulis catatan dalam Markdown… (Ctrl+Enter untuk selesai, Esc untuk batal)</translation>
    </message>
</context>
<context>
    <name>NoteHistory</name>
    <message>
        <location filename="../../reader/ui/note_history.py" line="27"/>
        <source>%1 deleted this highlight while it was being changed; it was kept</source>
        <translation>%1 menghapus sorotan ini saat sorotan sedang diubah; sorotan dipertahankan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_history.py" line="32"/>
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_history.py" line="33"/>
        <source>Earlier version by %1</source>
        <translation>Versi sebelumnya oleh %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_history.py" line="36"/>
        <source>Two people changed this note at once: both texts are kept</source>
        <translation>Dua orang mengubah catatan ini bersamaan: kedua teks disimpan</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../reader/ui/background.py" line="106"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OrganizeFlow</name>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="56"/>
        <source>Add Tag</source>
        <translation>Tambah Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/organize_flow.py" line="57"/>
        <source>Tag for %n article(s) (commas for several):</source>
        <translation>
            <numerusform>Tag untuk %n artikel (pisahkan beberapa tag dengan koma):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/organize_flow.py" line="66"/>
        <source>Tagged %n article(s): %1</source>
        <translation>
            <numerusform>%n artikel diberi tag: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="76"/>
        <source>(no tags)</source>
        <translation>(tidak ada tag)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="85"/>
        <source>Type a search first, then save it</source>
        <translation>Ketik pencarian terlebih dahulu, lalu simpan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="88"/>
        <source>Save Search</source>
        <translation>Simpan Pencarian</translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="88"/>
        <source>Name for “%1”:</source>
        <translation>Nama untuk “%1”:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="102"/>
        <location filename="../../reader/ui/organize_flow.py" line="110"/>
        <source>Delete articles</source>
        <translation>Hapus artikel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/organize_flow.py" line="103"/>
        <source>Delete %n article(s) with their highlights and notes? This cannot be undone.</source>
        <translation>
            <numerusform>Hapus %n artikel beserta sorotan dan catatannya? Tindakan ini tidak dapat diurungkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/organize_flow.py" line="111"/>
        <source>Deleting %n article(s)…</source>
        <translation>
            <numerusform>Menghapus %n artikel…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/organize_flow.py" line="115"/>
        <location filename="../../reader/ui/organize_flow.py" line="117"/>
        <source>Cannot delete</source>
        <translation>Tidak dapat menghapus</translation>
    </message>
</context>
<context>
    <name>OtherApps</name>
    <message>
        <location filename="../../reader/ui/other_apps.py" line="51"/>
        <source>No pages are waiting to be fetched.</source>
        <translation>Tidak ada halaman yang menunggu untuk diambil.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/other_apps.py" line="87"/>
        <source>Only the link of this article was saved; it has no text.</source>
        <translation>Hanya tautan artikel ini yang disimpan; artikel ini tidak memiliki teks.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/other_apps.py" line="89"/>
        <source>Reader could not fetch this page: %1</source>
        <translation>Reader tidak dapat mengambil halaman ini: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/other_apps.py" line="91"/>
        <source>This article&apos;s page has not been fetched yet; Reader fetches it in the background.</source>
        <translation>Halaman artikel ini belum diambil; Reader mengambilnya di latar belakang.</translation>
    </message>
</context>
<context>
    <name>PersonFilter</name>
    <message>
        <location filename="../../reader/ui/person_filter.py" line="16"/>
        <source>Show highlights made by</source>
        <translation>Tampilkan sorotan yang dibuat oleh</translation>
    </message>
    <message>
        <location filename="../../reader/ui/person_filter.py" line="17"/>
        <source>Show everyone&apos;s highlights, or one person&apos;s</source>
        <translation>Tampilkan sorotan semua orang, atau satu orang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/person_filter.py" line="27"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="36"/>
        <source>Reading Settings</source>
        <translation>Pengaturan Membaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="39"/>
        <source>Font</source>
        <translation>Fon</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="40"/>
        <source>Serif</source>
        <translation>Serif</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="41"/>
        <source>Sans serif</source>
        <translation>Sans serif</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="57"/>
        <location filename="../../reader/ui/reading_dialog.py" line="62"/>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="64"/>
        <source>Justify paragraphs</source>
        <translation>Ratakan paragraf kiri-kanan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="67"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="69"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="70"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="71"/>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="72"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="77"/>
        <source>&amp;Font:</source>
        <translation>&amp;Fon:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="78"/>
        <source>&amp;Size:</source>
        <translation>&amp;Ukuran:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="79"/>
        <source>&amp;Line height:</source>
        <translation>Tinggi &amp;baris:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="80"/>
        <source>&amp;Column width:</source>
        <translation>&amp;Lebar kolom:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="87"/>
        <source>&amp;Paragraph spacing:</source>
        <translation>&amp;Jarak paragraf:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="89"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_dialog.py" line="122"/>
        <source>The article pane has room for %1 em: widen the window or the pane for a wider column.</source>
        <translation>Panel artikel hanya muat %1 em: lebarkan jendela atau panelnya untuk kolom yang lebih lebar.</translation>
    </message>
</context>
<context>
    <name>RemovedLinesDialog</name>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="27"/>
        <source>related link</source>
        <translation>tautan terkait</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="28"/>
        <source>share/follow</source>
        <translation>bagikan/ikuti</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="29"/>
        <source>navigation</source>
        <translation>navigasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="30"/>
        <source>footer</source>
        <translation>kaki halaman</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="31"/>
        <source>advertisement</source>
        <translation>iklan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="32"/>
        <source>comment widget</source>
        <translation>widget komentar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="33"/>
        <source>duplicate title</source>
        <translation>judul ganda</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="34"/>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="35"/>
        <source>subtitle</source>
        <translation>subjudul</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="36"/>
        <source>byline</source>
        <translation>baris nama penulis</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="37"/>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="38"/>
        <source>section</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="39"/>
        <source>photo caption</source>
        <translation>keterangan foto</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="40"/>
        <source>photo credit</source>
        <translation>kredit foto</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="41"/>
        <source>newsletter/subscription</source>
        <translation>buletin/langganan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="42"/>
        <source>cookie notice</source>
        <translation>pemberitahuan cookie</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="43"/>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="44"/>
        <source>author bio</source>
        <translation>biodata penulis</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="45"/>
        <source>ticker</source>
        <translation>teks berjalan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="46"/>
        <source>boilerplate</source>
        <translation>teks baku halaman</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="47"/>
        <source>outside the article</source>
        <translation>di luar artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="48"/>
        <source>headline list</source>
        <translation>daftar judul berita</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="49"/>
        <source>dropped by you</source>
        <translation>dibuang oleh Anda</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="50"/>
        <source>running header</source>
        <translation>kepala halaman berulang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="51"/>
        <source>page number</source>
        <translation>nomor halaman</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="113"/>
        <source>Fix Extraction</source>
        <translation>Perbaiki Ekstraksi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="117"/>
        <source>Lines the cleaner left out of this article, and why. Choose one and press Put Back to return it to the text.</source>
        <translation>Baris yang dibuang pembersih dari artikel ini, beserta alasannya. Pilih salah satu lalu tekan Kembalikan untuk mengembalikannya ke teks.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="124"/>
        <source>Removed lines</source>
        <translation>Baris yang dibuang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="129"/>
        <source>&amp;Put Back</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="154"/>
        <source>Nothing was left out of this article.</source>
        <translation>Tidak ada yang dibuang dari artikel ini.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/removed_dialog.py" line="160"/>
        <source>Fix Extraction — %1</source>
        <translation>Perbaiki Ekstraksi — %1</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../reader/ui/reports.py" line="24"/>
        <source>%1 kept, %2 moved, %3 orphaned</source>
        <translation>%1 tetap, %2 berpindah, %3 terlepas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="33"/>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="34"/>
        <source>new version: %1</source>
        <translation>versi baru: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="40"/>
        <source>%1 imported</source>
        <translation>%1 diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="41"/>
        <location filename="../../reader/ui/reports.py" line="90"/>
        <source>%1 already there</source>
        <translation>%1 sudah ada</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="45"/>
        <source>%1 moved (check them), %2 orphaned</source>
        <translation>%1 berpindah (periksa), %2 terlepas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="50"/>
        <source>%n article note(s)</source>
        <translation>
            <numerusform>%n catatan artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="53"/>
        <source>%n article(s) not in this library</source>
        <translation>
            <numerusform>%n artikel yang tidak ada di pustaka ini</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="55"/>
        <source>%1 for %2</source>
        <translation>%1 untuk %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="58"/>
        <source>%1 skipped</source>
        <translation>%1 dilewati</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="59"/>
        <location filename="../../reader/ui/reports.py" line="80"/>
        <location filename="../../reader/ui/reports.py" line="104"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="65"/>
        <source>%1 added, %2 already there; annotations: %3</source>
        <translation>%1 ditambahkan, %2 sudah ada; anotasi: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="66"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="74"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="74"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="76"/>
        <location filename="../../reader/ui/reports.py" line="96"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n sorotan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="77"/>
        <source>%1 to fetch</source>
        <translation>%1 perlu diambil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="79"/>
        <source>%1 left out</source>
        <translation>%1 tidak disertakan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="80"/>
        <source>%1 export: %2</source>
        <translation>Ekspor %1: %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="86"/>
        <source>%1 added (%2 with their text)</source>
        <translation>%1 ditambahkan (%2 beserta teksnya)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="87"/>
        <source>%1 updated</source>
        <translation>%1 diperbarui</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="92"/>
        <source>%1 queued to fetch</source>
        <translation>%1 dalam antrean untuk diambil</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reports.py" line="97"/>
        <source> (%1 moved: check them; %2 waiting for their text)</source>
        <translation> (%1 berpindah: periksa; %2 menunggu teksnya)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="103"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n masalah</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="21"/>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="26"/>
        <source>Commands and their shortcuts</source>
        <translation>Perintah dan pintasannya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="27"/>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts_dialog.py" line="27"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="43"/>
        <source>Connect to a Team Library</source>
        <translation>Sambungkan ke Pustaka Tim</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="48"/>
        <source>A team library is kept in a PostgreSQL database that your newsroom&apos;s or university&apos;s IT runs. Reader keeps a copy of it on this computer that works offline, and keeps it in step.</source>
        <translation>Pustaka tim disimpan di basis data PostgreSQL yang dijalankan bagian TI redaksi atau universitas Anda. Reader menyimpan salinannya di komputer ini yang bisa dipakai tanpa jaringan, dan menjaganya tetap selaras.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="57"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="59"/>
        <source>as your colleagues know you</source>
        <translation>seperti rekan Anda mengenal Anda</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="60"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="63"/>
        <source>if the server asks for one</source>
        <translation>jika server memintanya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="64"/>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="65"/>
        <source>&amp;Remember it on this computer (system keyring, or ~/.pgpass)</source>
        <translation>&amp;Ingat di komputer ini (keyring sistem, atau ~/.pgpass)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="68"/>
        <source>So that Reader can keep the team library in step without asking. Never kept in Reader&apos;s files.</source>
        <translation>Agar Reader dapat menjaga pustaka tim tetap selaras tanpa bertanya. Tidak pernah disimpan di berkas Reader.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="74"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="77"/>
        <source>&amp;Copy kept in:</source>
        <translation>Salinan &amp;disimpan di:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="90"/>
        <source>C&amp;onnect</source>
        <translation>Samb&amp;ungkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="91"/>
        <source>Open &amp;Team Library</source>
        <translation>Buka Pustaka &amp;Tim</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="113"/>
        <source>Keep the Team Library&apos;s Copy in</source>
        <translation>Simpan Salinan Pustaka Tim di</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="113"/>
        <source>Reader library (*.sqlite3)</source>
        <translation>Pustaka Reader (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="126"/>
        <source>Connecting, and fetching the team&apos;s library…</source>
        <translation>Menyambungkan, dan mengambil pustaka tim…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/team_connect.py" line="162"/>
        <source>Connected: %n change(s) fetched into %1.</source>
        <translation>
            <numerusform>Tersambung: %n perubahan diambil ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="164"/>
        <source>The password was not kept: %1</source>
        <translation>Kata sandi tidak disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="166"/>
        <source>The password is kept in the system keyring.</source>
        <translation>Kata sandi disimpan di keyring sistem.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_connect.py" line="168"/>
        <source>The password is kept in %1.</source>
        <translation>Kata sandi disimpan di %1.</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <location filename="../../reader/ui/team_link.py" line="56"/>
        <source>Team: %1 — connecting…</source>
        <translation>Tim: %1 — menyambungkan…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_link.py" line="85"/>
        <source>Team: %1 — in step</source>
        <translation>Tim: %1 — selaras</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/team_link.py" line="87"/>
        <source>Team: %1 — sending %n change(s)…</source>
        <translation>
            <numerusform>Tim: %1 — mengirim %n perubahan…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/team_link.py" line="98"/>
        <source>Team: offline — %n change(s) wait here; trying again in 30 s</source>
        <translation>
            <numerusform>Tim: luring — %n perubahan menunggu di sini; mencoba lagi dalam 30 detik</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../reader/ui/undo.py" line="46"/>
        <source>Highlight</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/undo.py" line="60"/>
        <source>Delete Highlight</source>
        <translation>Hapus Sorotan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/undo.py" line="74"/>
        <source>Change Label</source>
        <translation>Ubah Label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/undo.py" line="88"/>
        <source>Edit Note</source>
        <translation>Sunting Catatan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/undo.py" line="102"/>
        <source>Edit Article Note</source>
        <translation>Sunting Catatan Artikel</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="6"/>
        <source>this is not a W3C annotation file: it holds no annotations</source>
        <translation>ini bukan berkas anotasi W3C: berkas ini tidak berisi anotasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="7"/>
        <source>this is not a W3C annotation file: expected an AnnotationCollection, an AnnotationPage, an Annotation or a list of them</source>
        <translation>ini bukan berkas anotasi W3C: yang diharapkan adalah AnnotationCollection, AnnotationPage, Annotation, atau daftar berisi hal-hal tersebut</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="8"/>
        <source>the annotations file is too large to import (over 200 MB)</source>
        <translation>berkas anotasi terlalu besar untuk diimpor (lebih dari 200 MB)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="9"/>
        <source>the annotations file is not UTF-8 text (byte {position})</source>
        <translation>berkas anotasi bukan teks UTF-8 (byte {position})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="10"/>
        <source>the annotations file is not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>berkas anotasi bukan JSON yang valid: {problem} pada baris {line}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="11"/>
        <source>the annotations file is nested too deeply to be annotations</source>
        <translation>berkas anotasi bersarang terlalu dalam untuk dianggap sebagai anotasi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="12"/>
        <source>the annotations file is not valid JSON: {reason}</source>
        <translation>berkas anotasi bukan JSON yang valid: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="13"/>
        <source>the collection&apos;s first page has no items</source>
        <translation>halaman pertama koleksi tidak memiliki item</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="14"/>
        <source>the collection continues on pages that are not in this file</source>
        <translation>koleksi berlanjut ke halaman-halaman yang tidak ada dalam berkas ini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="15"/>
        <source>the collection&apos;s annotations are not in this file (its first page is a link)</source>
        <translation>anotasi koleksi tidak ada dalam berkas ini (halaman pertamanya berupa tautan)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="16"/>
        <source>{where} is not an Annotation</source>
        <translation>{where} bukan Annotation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="17"/>
        <source>{where}: the quoted text is empty</source>
        <translation>{where}: teks yang dikutip kosong</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="18"/>
        <source>{where}: reader:status is {status!r}, not one of {choices}</source>
        <translation>{where}: reader:status bernilai {status!r}, bukan salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="19"/>
        <source>{where} ends before it starts</source>
        <translation>{where} berakhir sebelum dimulai</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="20"/>
        <source>{where}: the note is longer than {limit:,} characters</source>
        <translation>{where}: catatan lebih panjang dari {limit:,} karakter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="21"/>
        <source>{where}: the note with its tags is longer than {limit:,} characters</source>
        <translation>{where}: catatan beserta tag-nya lebih panjang dari {limit:,} karakter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="22"/>
        <source>{where} has no id</source>
        <translation>{where} tidak memiliki id</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="23"/>
        <source>{where} is longer than {limit:,} characters</source>
        <translation>{where} lebih panjang dari {limit:,} karakter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="24"/>
        <source>{where}: &apos;type&apos; must be a string or a list of strings</source>
        <translation>{where}: &apos;type&apos; harus berupa string atau daftar string</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="25"/>
        <source>{where} must be a JSON object</source>
        <translation>{where} harus berupa objek JSON</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="26"/>
        <source>{where} must be a JSON list</source>
        <translation>{where} harus berupa daftar JSON</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="27"/>
        <source>{where} must be text</source>
        <translation>{where} harus berupa teks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="28"/>
        <source>{where} is too long</source>
        <translation>{where} terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="29"/>
        <source>{where} holds a broken character (a lone surrogate)</source>
        <translation>{where} berisi karakter rusak (surrogate tunggal)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="30"/>
        <source>{where} must be a whole number from 0 to {limit}</source>
        <translation>{where} harus berupa bilangan bulat dari 0 sampai {limit}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="31"/>
        <source>{where} is not a date and time: {value!r}</source>
        <translation>{where} bukan tanggal dan waktu: {value!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="32"/>
        <source>{where} is out of range: {value!r}</source>
        <translation>{where} di luar rentang: {value!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="33"/>
        <source>the annotations file is not UTF-8 text (byte {value})</source>
        <translation>berkas anotasi bukan teks UTF-8 (byte {value})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="34"/>
        <source>the annotations file holds one value larger than {value} MB</source>
        <translation>berkas anotasi berisi satu nilai yang lebih besar dari {value} MB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="35"/>
        <source>the annotations file is not valid JSON: {msg} at line {line}</source>
        <translation>berkas anotasi bukan JSON yang valid: {msg} pada baris {line}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="36"/>
        <source>items must be a JSON list</source>
        <translation>items harus berupa daftar JSON</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="37"/>
        <source>no label {key!r}; the labels are {names}</source>
        <translation>tidak ada label {key!r}; label yang tersedia: {names}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="38"/>
        <source>a label needs a name</source>
        <translation>label harus memiliki nama</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="39"/>
        <source>no label with colour {color!r}</source>
        <translation>tidak ada label dengan warna {color!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="40"/>
        <source>select some words of the article to highlight</source>
        <translation>pilih beberapa kata dalam artikel untuk disorot</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="41"/>
        <source>give the words to highlight</source>
        <translation>sebutkan kata-kata yang akan disorot</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="42"/>
        <source>--occurrence counts from 1</source>
        <translation>--occurrence dihitung mulai dari 1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="43"/>
        <source>{exact!r} is not in the text of article {article_id}</source>
        <translation>{exact!r} tidak ada dalam teks artikel {article_id}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="44"/>
        <source>{exact!r} occurs {found} time(s) in article {article_id}, not {occurrence}</source>
        <translation>{exact!r} hanya muncul {found} kali dalam artikel {article_id}, bukan {occurrence} kali</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="45"/>
        <source>select the words to attach the highlight to</source>
        <translation>pilih kata tempat sorotan akan ditautkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="46"/>
        <source>a note can hold up to {limit:,} characters</source>
        <translation>catatan dapat berisi hingga {limit:,} karakter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="47"/>
        <source>{path} is not a file</source>
        <translation>{path} bukan berkas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="48"/>
        <source>{path} is too large to be an export (over 1 GB)</source>
        <translation>{path} terlalu besar untuk sebuah ekspor (lebih dari 1 GB)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="50"/>
        <source>{name} is empty: there is no export in it</source>
        <translation>{name} kosong: tidak ada ekspor di dalamnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="51"/>
        <source>{name} is not an export Reader recognises: it is neither text nor a zip archive</source>
        <translation>{name} bukan ekspor yang dikenali Reader: berkas ini bukan teks maupun arsip zip</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="52"/>
        <source>{name} is not an export Reader recognises: it is a web page, but not Pocket&apos;s list of saved links</source>
        <translation>{name} bukan ekspor yang dikenali Reader: berkas ini halaman web, tetapi bukan daftar tautan tersimpan dari Pocket</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="53"/>
        <source>{name} is not an export Reader recognises: the zip archive holds neither Omnivore&apos;s metadata files nor Pocket&apos;s CSV files</source>
        <translation>{name} bukan ekspor yang dikenali Reader: arsip zip ini tidak berisi berkas metadata Omnivore maupun berkas CSV Pocket</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="54"/>
        <source>{name} is not an export Reader recognises: it starts like JSON but is not JSON</source>
        <translation>{name} bukan ekspor yang dikenali Reader: awalnya seperti JSON, tetapi bukan JSON</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="55"/>
        <source>{name} is not an export Reader recognises: its JSON is neither Hypothesis&apos;s annotations, wallabag&apos;s entries nor Omnivore&apos;s saved items</source>
        <translation>{name} bukan ekspor yang dikenali Reader: JSON-nya bukan anotasi Hypothesis, entri wallabag, maupun item tersimpan Omnivore</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="56"/>
        <source>{name} is not an export Reader recognises: its first row ({columns}) is not the header of a Pocket, Instapaper or Readwise CSV export</source>
        <translation>{name} bukan ekspor yang dikenali Reader: baris pertamanya ({columns}) bukan baris judul kolom ekspor CSV dari Pocket, Instapaper, atau Readwise</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="57"/>
        <source>{name} is not an export from Hypothesis: it holds no list of annotations with uri</source>
        <translation>{name} bukan ekspor dari Hypothesis: tidak berisi daftar anotasi dengan uri</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="58"/>
        <source>{name} is not an export from Instapaper: its first row has no URL and Folder columns</source>
        <translation>{name} bukan ekspor dari Instapaper: baris pertamanya tidak memiliki kolom URL dan Folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="59"/>
        <source>{name} is not an export from Omnivore: the zip archive holds no metadata JSON file</source>
        <translation>{name} bukan ekspor dari Omnivore: arsip zip ini tidak berisi berkas JSON metadata</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="60"/>
        <source>{name}: {member} of the Omnivore export is not a list of saved items</source>
        <translation>{name}: {member} dalam ekspor Omnivore bukan daftar item tersimpan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="61"/>
        <source>{name} is not an export from Omnivore: it is not a list of items with slugs</source>
        <translation>{name} bukan ekspor dari Omnivore: bukan daftar item dengan slug</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="62"/>
        <source>{name} is not an export from Pocket: its first row has no url and time_added columns</source>
        <translation>{name} bukan ekspor dari Pocket: baris pertamanya tidak memiliki kolom url dan time_added</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="63"/>
        <source>{name} is not an export from Pocket: the zip archive holds no CSV file</source>
        <translation>{name} bukan ekspor dari Pocket: arsip zip ini tidak berisi berkas CSV</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="64"/>
        <source>{name} is not an export from Pocket: {member} has no url and time_added columns</source>
        <translation>{name} bukan ekspor dari Pocket: {member} tidak memiliki kolom url dan time_added</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="65"/>
        <source>{name} is not an export from Pocket: the page has no Unread or Read Archive list</source>
        <translation>{name} bukan ekspor dari Pocket: halaman ini tidak memiliki daftar Unread atau Read Archive</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="66"/>
        <source>{name} is a damaged or incomplete zip archive</source>
        <translation>{name} adalah arsip zip yang rusak atau tidak lengkap</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="67"/>
        <source>{name} unpacks to more than {limit}: Reader stops there, as it would for a zip bomb</source>
        <translation>isi {name} setelah dibongkar melebihi {limit}: Reader berhenti di situ, seperti terhadap bom zip</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="68"/>
        <source>{name}: {member} is compressed in a way Reader cannot unpack</source>
        <translation>{name}: {member} dikompresi dengan cara yang tidak dapat dibongkar oleh Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="69"/>
        <source>{name}: {member} is protected by a password</source>
        <translation>{name}: {member} dilindungi kata sandi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="70"/>
        <source>{name}: {member} in the zip archive is damaged</source>
        <translation>{name}: {member} dalam arsip zip rusak</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="71"/>
        <source>{name}: {member} of the {app} export is not UTF-8 text</source>
        <translation>{name}: {member} dalam ekspor {app} bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="72"/>
        <source>{name} is not an export from {app}: it is a zip archive</source>
        <translation>{name} bukan ekspor dari {app}: berkas ini arsip zip</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="73"/>
        <source>{name} is not an export from {app}: it is not UTF-8 text</source>
        <translation>{name} bukan ekspor dari {app}: bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="74"/>
        <source>{name}: {member} of the {app} export is not JSON (line {line}, column {column})</source>
        <translation>{name}: {member} dalam ekspor {app} bukan JSON (baris {line}, kolom {column})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="75"/>
        <source>{name} is not an export from {app}: it is not JSON (line {line}, column {column})</source>
        <translation>{name} bukan ekspor dari {app}: bukan JSON (baris {line}, kolom {column})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="76"/>
        <source>{name} is not an export from {app}: its JSON is nested too deeply</source>
        <translation>{name} bukan ekspor dari {app}: JSON-nya bersarang terlalu dalam</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="77"/>
        <source>{name} is not an export from Readwise: its first row has no Highlight and Book Title columns</source>
        <translation>{name} bukan ekspor dari Readwise: baris pertamanya tidak memiliki kolom Highlight dan Book Title</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="78"/>
        <source>{name} is not an export from Wallabag: it holds no list of entries with url</source>
        <translation>{name} bukan ekspor dari Wallabag: tidak berisi daftar entri dengan url</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="79"/>
        <source>there is no library at {library_path} to back up</source>
        <translation>tidak ada pustaka di {library_path} untuk dicadangkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="80"/>
        <source>cannot use the backup folder {target_dir}: {reason}</source>
        <translation>tidak dapat menggunakan folder cadangan {target_dir}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="81"/>
        <source>the backup of {name} is damaged ({problem}); the library itself may be damaged, so no older backup was removed</source>
        <translation>cadangan {name} rusak ({problem}); pustakanya sendiri mungkin rusak, jadi tidak ada cadangan lama yang dihapus</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="82"/>
        <source>cannot write a backup to {target_dir}: {reason}</source>
        <translation>tidak dapat menulis cadangan ke {target_dir}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="83"/>
        <source>cannot read the library at {path} to back it up: {reason}</source>
        <translation>tidak dapat membaca pustaka di {path} untuk mencadangkannya: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="84"/>
        <source>there is no backup at {backup_file}</source>
        <translation>tidak ada cadangan di {backup_file}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="85"/>
        <source>the backup {name} cannot be restored: {problem}</source>
        <translation>cadangan {name} tidak dapat dipulihkan: {problem}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="86"/>
        <source>the backup {name} cannot be restored: it is empty</source>
        <translation>cadangan {name} tidak dapat dipulihkan: berkasnya kosong</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="87"/>
        <source>a backup cannot be restored onto itself</source>
        <translation>cadangan tidak dapat dipulihkan ke dirinya sendiri</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="88"/>
        <source>cannot restore {name} to {library_path}: {reason}; the previous library is kept as {aside}</source>
        <translation>tidak dapat memulihkan {name} ke {library_path}: {reason}; pustaka sebelumnya disimpan sebagai {aside}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="89"/>
        <source>cannot restore {name} to {library_path}: {reason}</source>
        <translation>tidak dapat memulihkan {name} ke {library_path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="90"/>
        <source>not a Reader library: {path} is a folder</source>
        <translation>bukan pustaka Reader: {path} adalah folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="91"/>
        <source>the library file cannot be read: {reason}</source>
        <translation>berkas pustaka tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="92"/>
        <source>not a Reader library: {name} is not an SQLite database</source>
        <translation>bukan pustaka Reader: {name} bukan basis data SQLite</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="94"/>
        <source>not a Reader library: {name} is an SQLite database of another program</source>
        <translation>bukan pustaka Reader: {name} adalah basis data SQLite milik program lain</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="95"/>
        <source>not a Reader library: {name} has no {missing} table</source>
        <translation>bukan pustaka Reader: {name} tidak memiliki tabel {missing}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="96"/>
        <source>the library file is damaged: {reason}</source>
        <translation>berkas pustaka rusak: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="97"/>
        <source>cannot read the library at {source} to back it up: {reason}</source>
        <translation>tidak dapat membaca pustaka di {source} untuk mencadangkannya: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="98"/>
        <source>cannot back up the library at {source}: {reason}</source>
        <translation>tidak dapat mencadangkan pustaka di {source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="99"/>
        <source>the browser sent a pairing code that is not text</source>
        <translation>peramban mengirim kode pemasangan yang bukan teks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="100"/>
        <source>the browser sent {key} that is not text</source>
        <translation>peramban mengirim {key} yang bukan teks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="101"/>
        <source>the browser asked to show an article without its number</source>
        <translation>peramban meminta menampilkan artikel tanpa nomornya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="102"/>
        <source>no pairing code is on show in Reader: open Library ▸ Connect a Browser… and type the code it shows</source>
        <translation>tidak ada kode pemasangan yang ditampilkan di Reader: buka Pustaka ▸ Sambungkan Peramban… dan ketik kode yang ditampilkannya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="103"/>
        <source>wrong code, tried too often: Reader shows a new code when asked again</source>
        <translation>kode salah, terlalu sering dicoba: Reader menampilkan kode baru bila diminta lagi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="104"/>
        <source>wrong code: type the six digits Reader shows</source>
        <translation>kode salah: ketik enam angka yang ditampilkan Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="105"/>
        <source>only web pages (http and https) can be saved from the browser, not {url}</source>
        <translation>hanya halaman web (http dan https) yang dapat disimpan dari peramban, bukan {url}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="106"/>
        <source>the browser sent an empty page</source>
        <translation>peramban mengirim halaman kosong</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="107"/>
        <source>the browser sent a selection Reader cannot read</source>
        <translation>peramban mengirim pilihan teks yang tidak dapat dibaca Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="108"/>
        <source>port {port} on 127.0.0.1 is used by another program, so browsers cannot send pages to Reader: close that program, or choose another port in Library ▸ Connect a Browser…</source>
        <translation>port {port} di 127.0.0.1 dipakai program lain, sehingga peramban tidak dapat mengirim halaman ke Reader: tutup program itu, atau pilih port lain di Pustaka ▸ Sambungkan Peramban…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="109"/>
        <source>cannot listen for browsers on port {port}: {reason}</source>
        <translation>tidak dapat mendengarkan peramban di port {port}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="110"/>
        <source>unknown citation style {style!r}; choose one of {choices}</source>
        <translation>gaya sitasi {style!r} tidak dikenal; pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="111"/>
        <source>citations are written as {choices}, not {fmt!r}</source>
        <translation>sitasi ditulis sebagai {choices}, bukan {fmt!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="112"/>
        <source>{style} is a data format; a citation in the text is written in {choices}</source>
        <translation>{style} adalah format data; sitasi di dalam teks ditulis dalam {choices}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="113"/>
        <source>an article cannot be copied into the library it is in</source>
        <translation>artikel tidak dapat disalin ke pustaka tempatnya berada</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="114"/>
        <source>{path} already exists; choose another name, or overwrite it</source>
        <translation>{path} sudah ada; pilih nama lain, atau timpa berkas tersebut</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="115"/>
        <source>no article with id {article_id} in this library</source>
        <translation>tidak ada artikel dengan id {article_id} di pustaka ini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="116"/>
        <source>no highlight with id {highlight_id} in this library</source>
        <translation>tidak ada sorotan dengan id {highlight_id} di pustaka ini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="117"/>
        <source>stopped: nothing was imported</source>
        <translation>dihentikan: tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="118"/>
        <source>choose at least one article to put in the book</source>
        <translation>pilih setidaknya satu artikel untuk dimasukkan ke dalam buku</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="119"/>
        <source>unknown export format {key!r}; choose one of {choices}</source>
        <translation>format ekspor {key!r} tidak dikenal; pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="120"/>
        <source>nothing to export: no articles were chosen</source>
        <translation>tidak ada yang dapat diekspor: tidak ada artikel yang dipilih</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="121"/>
        <source>{folder} is a file; choose a folder to export the library to</source>
        <translation>{folder} adalah berkas; pilih folder tujuan ekspor pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="122"/>
        <source>{folder} is not empty; choose an empty folder, or overwrite the export in it</source>
        <translation>{folder} tidak kosong; pilih folder yang kosong, atau timpa ekspor yang ada di dalamnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="123"/>
        <source>cannot create {folder}: {reason}</source>
        <translation>tidak dapat membuat {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="124"/>
        <source>cannot replace the export in {folder}: {reason}</source>
        <translation>tidak dapat mengganti ekspor di {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="125"/>
        <source>tags.json is damaged: expected tag names per article</source>
        <translation>tags.json rusak: seharusnya berisi nama tag untuk setiap artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="126"/>
        <source>labels.json is damaged: expected a list of labels</source>
        <translation>labels.json rusak: seharusnya berisi daftar label</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="127"/>
        <source>{folder} does not hold a Reader library export (its manifest.json is not one)</source>
        <translation>{folder} tidak berisi ekspor pustaka Reader (manifest.json di dalamnya bukan milik ekspor Reader)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="128"/>
        <source>the export&apos;s manifest.json is damaged: it has no format version</source>
        <translation>manifest.json ekspor rusak: tidak ada versi format</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="129"/>
        <source>this export was made by a newer Reader (format {version}); update Reader to import it</source>
        <translation>ekspor ini dibuat oleh Reader versi yang lebih baru (format {version}); perbarui Reader untuk mengimpornya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="130"/>
        <source>the export&apos;s manifest.json is damaged: it lists no files</source>
        <translation>manifest.json ekspor rusak: tidak mencantumkan berkas apa pun</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="131"/>
        <source>the export&apos;s manifest.json is damaged: it names {name!r}</source>
        <translation>manifest.json ekspor rusak: di dalamnya tercantum {name!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="132"/>
        <source>the export is damaged: {name} is not the file that was exported</source>
        <translation>ekspor rusak: {name} bukan berkas yang dulu diekspor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="133"/>
        <source>the export is incomplete: {name} is missing</source>
        <translation>ekspor tidak lengkap: {name} tidak ada</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="134"/>
        <source>{folder} has no {name}; it is not a finished Reader export</source>
        <translation>{folder} tidak memiliki {name}; folder ini bukan ekspor Reader yang sudah selesai</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="135"/>
        <source>the export is incomplete: {name} cannot be read ({reason})</source>
        <translation>ekspor tidak lengkap: {name} tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="136"/>
        <source>cannot read {value}: {reason}</source>
        <translation>tidak dapat membaca {value}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="137"/>
        <source>{name} in the export is damaged: it is not JSON ({reason})</source>
        <translation>{name} dalam ekspor rusak: bukan JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="138"/>
        <source>{name} in the export is damaged: {reason}</source>
        <translation>{name} dalam ekspor rusak: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="139"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} bukan folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="140"/>
        <source>highlights are marked with {choices}, not {mark!r}</source>
        <translation>sorotan ditandai dengan {choices}, bukan {mark!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="141"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>tidak dapat menulis {path}: folder {folder} tidak ada</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="142"/>
        <source>cannot write {path}: it is a folder</source>
        <translation>tidak dapat menulis {path}: itu adalah folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="143"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>tidak dapat menulis di {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="144"/>
        <source>cannot write {path}: {reason}</source>
        <translation>tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="145"/>
        <source>that line is no longer in the removed list</source>
        <translation>baris itu sudah tidak ada di daftar baris yang dibuang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="146"/>
        <source>that paragraph is no longer in the article</source>
        <translation>paragraf itu sudah tidak ada di artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="147"/>
        <source>an article needs at least one paragraph; this is the last one</source>
        <translation>artikel memerlukan setidaknya satu paragraf; ini paragraf terakhir</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="148"/>
        <source>{url} took longer than 1 second to download, so Reader stopped</source>
        <translation>{url} butuh lebih dari 1 detik untuk diunduh, jadi Reader berhenti</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="149"/>
        <source>{url} took longer than {seconds:g} seconds to download, so Reader stopped</source>
        <translation>{url} butuh lebih dari {seconds:g} detik untuk diunduh, jadi Reader berhenti</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="153"/>
        <source>{shown} did not answer within 1 second</source>
        <translation>{shown} tidak menjawab dalam 1 detik</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="154"/>
        <source>{shown} did not answer within {seconds:g} seconds</source>
        <translation>{shown} tidak menjawab dalam {seconds:g} detik</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="150"/>
        <source>{url} redirected to a private network address ({address}); Reader does not follow a public page to an address on your computer or local network</source>
        <translation>{url} dialihkan ke alamat jaringan pribadi ({address}); Reader tidak mengikuti halaman publik ke alamat di komputer atau jaringan lokal Anda</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="151"/>
        <source>{shown!r} is not a valid web address</source>
        <translation>{shown!r} bukan alamat web yang valid</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="152"/>
        <source>only http and https addresses can be fetched, not {shown!r}</source>
        <translation>hanya alamat http dan https yang dapat diambil, bukan {shown!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="155"/>
        <source>could not fetch {shown}: {reason}</source>
        <translation>tidak dapat mengambil {shown}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="156"/>
        <source>{url} redirected to a non-web address</source>
        <translation>{url} dialihkan ke alamat yang bukan alamat web</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="157"/>
        <source>{url} redirected to an address that is not valid</source>
        <translation>{url} dialihkan ke alamat yang tidak valid</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="158"/>
        <source>{url} redirects too many times</source>
        <translation>{url} terlalu sering dialihkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="159"/>
        <source>the server answered {status} for {url}; try again later</source>
        <translation>server merespons {status} untuk {url}; coba lagi nanti</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="160"/>
        <source>the server answered {status} for {url}</source>
        <translation>server merespons {status} untuk {url}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="161"/>
        <source>the server answered {status} {reason} for {url}</source>
        <translation>server merespons {status} {reason} untuk {url}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="162"/>
        <source>{url} is served as {content_type}, which Reader cannot read as an article (it reads web pages, plain text and Markdown)</source>
        <translation>{url} disajikan sebagai {content_type}, yang tidak dapat dibaca Reader sebagai artikel (Reader membaca halaman web, teks biasa, dan Markdown)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="163"/>
        <source>{url} is too large ({value} MB)</source>
        <translation>{url} terlalu besar ({value} MB)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="164"/>
        <source>{url} is too large (over {value} MB)</source>
        <translation>{url} terlalu besar (lebih dari {value} MB)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="165"/>
        <source>{what} is a whole number from 1 to {largest}, not {text}</source>
        <translation>{what} harus berupa bilangan bulat dari 1 sampai {largest}, bukan {text}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="166"/>
        <source>{what} is a whole number from {low} to {high}, not {text}</source>
        <translation>{what} harus berupa bilangan bulat dari {low} sampai {high}, bukan {text}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="168"/>
        <source>there is no text to import beyond a title</source>
        <translation>tidak ada teks yang dapat diimpor selain judul</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="169"/>
        <source>nothing article-like was found (only menus, links and other page furniture); it can be imported as it is</source>
        <translation>tidak ditemukan apa pun yang menyerupai artikel (hanya menu, tautan, dan elemen halaman lainnya); halaman ini dapat diimpor apa adanya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="170"/>
        <source>the file is too large ({size_mb:.0f} MB); Reader imports articles up to {value} MB</source>
        <translation>berkas terlalu besar ({size_mb:.0f} MB); Reader mengimpor artikel hingga {value} MB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="171"/>
        <source>the file is empty: there is no text to import</source>
        <translation>berkas kosong: tidak ada teks yang dapat diimpor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="173"/>
        <source>this file&apos;s bytes are not text in any known encoding</source>
        <translation>isi berkas ini bukan teks dalam pengodean apa pun yang dikenal</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="49"/>
        <source>cannot read {path}: {reason}</source>
        <translation>tidak dapat membaca {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="191"/>
        <source>{name} is a folder, not a file</source>
        <translation>{name} adalah folder, bukan berkas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="192"/>
        <source>{shown} is not a regular file ({kind}); Reader reads only files</source>
        <translation>{shown} bukan berkas biasa ({kind}); Reader hanya membaca berkas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="193"/>
        <source>{shown} is not a regular file; Reader reads only files</source>
        <translation>{shown} bukan berkas biasa; Reader hanya membaca berkas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="194"/>
        <source>no such file: {shown}</source>
        <translation>berkas tidak ditemukan: {shown}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="195"/>
        <source>permission denied: {shown}</source>
        <translation>izin ditolak: {shown}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="196"/>
        <source>cannot read {shown}: {reason}</source>
        <translation>tidak dapat membaca {shown}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="197"/>
        <source>the file is too large ({size:.0f} MB or more); Reader imports articles up to {limit} MB</source>
        <translation>berkas terlalu besar ({size:.0f} MB atau lebih); Reader mengimpor artikel hingga {limit} MB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="198"/>
        <source>the search index is damaged ({reason}); `reader repair` (Library ▸ Repair Search Index) rebuilds it from the stored articles, highlights and notes</source>
        <translation>indeks pencarian rusak ({reason}); `reader repair` (Pustaka ▸ Perbaiki Indeks Pencarian) membangunnya ulang dari artikel, sorotan, dan catatan yang tersimpan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="199"/>
        <source>{path} is a folder; give the path of a library file</source>
        <translation>{path} adalah folder; berikan jalur berkas pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="200"/>
        <source>{path} is not a regular file; give the path of a library file</source>
        <translation>{path} bukan berkas biasa; berikan jalur berkas pustaka</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="201"/>
        <source>{path} is empty, but it has backups: the library file was damaged (emptied or truncated)</source>
        <translation>{path} kosong, padahal memiliki cadangan: berkas pustaka telah rusak (dikosongkan atau terpotong)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="218"/>
        <source>cannot keep the password in {path}: {reason}</source>
        <translation>kata sandi tidak dapat disimpan di {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="219"/>
        <source>{url} is not a PostgreSQL address (postgresql://USER@HOST/DATABASE)</source>
        <translation>{url} bukan alamat PostgreSQL (postgresql://PENGGUNA@HOST/BASISDATA)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="220"/>
        <source>a team library&apos;s address starts with postgresql://, not {url}</source>
        <translation>alamat pustaka tim diawali postgresql://, bukan {url}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="221"/>
        <source>cannot reach the team library at {url}: {reason}</source>
        <translation>tidak dapat menjangkau pustaka tim di {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="223"/>
        <source>this team library was set up by a newer Reader (schema {version}; this Reader knows {known}): update Reader to use it</source>
        <translation>pustaka tim ini disiapkan oleh Reader yang lebih baru (skema {version}; Reader ini mengenal {known}): perbarui Reader untuk memakainya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="224"/>
        <source>the database user {user} has no rights to this team library: ask its administrator to run GRANT reader_team TO {user};</source>
        <translation>pengguna basis data {user} tidak punya hak atas pustaka tim ini: minta administratornya menjalankan GRANT reader_team TO {user};</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="222"/>
        <source>the connection to the team library was lost ({reason}); nothing is lost here</source>
        <translation>sambungan ke pustaka tim terputus ({reason}); tidak ada yang hilang di sini</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="225"/>
        <source>give the name the team sees for you (--name)</source>
        <translation>berikan nama yang dilihat tim untuk Anda (--name)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="226"/>
        <source>this library is not a team library: join one with `reader connect postgresql://…`</source>
        <translation>pustaka ini bukan pustaka tim: bergabunglah dengan `reader connect postgresql://…`</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="227"/>
        <source>lost the team library at {url}: {reason}</source>
        <translation>sambungan ke pustaka tim di {url} terputus: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="228"/>
        <source>the article changed meanwhile; try again</source>
        <translation>artikel telah berubah sementara itu; coba lagi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="202"/>
        <source>not a Reader link: {link} (expected reader://article/ID#highlight-ID, ids from 1 to 2^63 - 1)</source>
        <translation>bukan tautan Reader: {link} (yang diharapkan reader://article/ID#highlight-ID, dengan id dari 1 sampai 2^63 - 1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="167"/>
        <source>{suffix} files are not supported; Reader imports text, HTML, Markdown, PDF and EPUB</source>
        <translation>berkas {suffix} tidak didukung; Reader mengimpor teks, HTML, Markdown, PDF, dan EPUB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="172"/>
        <source>this looks like a binary file, not text; Reader imports text, HTML, Markdown, PDF and EPUB</source>
        <translation>ini tampaknya berkas biner, bukan teks; Reader mengimpor teks, HTML, Markdown, PDF, dan EPUB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="174"/>
        <source>{name} is not an EPUB book: it has no META-INF/container.xml</source>
        <translation>{name} bukan buku EPUB: tidak ada META-INF/container.xml di dalamnya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="175"/>
        <source>{name} is not an EPUB book: its META-INF/container.xml names no package document</source>
        <translation>{name} bukan buku EPUB: META-INF/container.xml-nya tidak menyebut dokumen paket</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="176"/>
        <source>{name} is damaged: its package document {path} is missing</source>
        <translation>{name} rusak: dokumen paketnya, {path}, tidak ada</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="177"/>
        <source>{name} is damaged: its package document {path} cannot be read</source>
        <translation>{name} rusak: dokumen paketnya, {path}, tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="178"/>
        <source>{name} has no chapters to read: its spine lists no XHTML documents</source>
        <translation>{name} tidak memiliki bab untuk dibaca: spine-nya tidak mencantumkan dokumen XHTML</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="179"/>
        <source>{name} has no text to read: its chapters are empty or missing</source>
        <translation>{name} tidak memiliki teks untuk dibaca: bab-babnya kosong atau tidak ada</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="180"/>
        <source>{name} is damaged: its zip archive is cut short or broken</source>
        <translation>{name} rusak: arsip zip-nya terpotong atau rusak</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="181"/>
        <source>{name} is not an EPUB book: it is not a zip archive</source>
        <translation>{name} bukan buku EPUB: berkas ini bukan arsip zip</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="182"/>
        <source>{name} holds too many files ({count}); Reader reads books of up to {limit}</source>
        <translation>{name} berisi terlalu banyak berkas ({count}); Reader membaca buku dengan paling banyak {limit} berkas</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="183"/>
        <source>{name} is password-protected; Reader cannot open it</source>
        <translation>{name} dilindungi kata sandi; Reader tidak dapat membukanya</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="184"/>
        <source>{name} is damaged: {member} cannot be unpacked</source>
        <translation>{name} rusak: {member} tidak dapat dibongkar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="185"/>
        <source>{name} is too large to read: it unpacks to more than {limit} MB</source>
        <translation>{name} terlalu besar untuk dibaca: isinya setelah dibongkar melebihi {limit} MB</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="186"/>
        <source>{name} is protected by DRM (its files are encrypted); Reader reads only books without DRM</source>
        <translation>{name} dilindungi DRM (berkasnya terenkripsi); Reader hanya membaca buku tanpa DRM</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="187"/>
        <source>{name} is encrypted: it needs a password, and Reader does not open protected PDFs</source>
        <translation>{name} terenkripsi: perlu kata sandi, dan Reader tidak membuka PDF yang dilindungi</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="188"/>
        <source>{name} is not a PDF Reader can read ({reason})</source>
        <translation>{name} bukan PDF yang dapat dibaca Reader ({reason})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="189"/>
        <source>{name} has {count} pages; Reader reads PDFs of up to 5,000</source>
        <translation>{name} memiliki {count} halaman; Reader membaca PDF hingga 5.000 halaman</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="190"/>
        <source>{name} has no text layer (a scanned document?); Reader reads PDFs with text, not images of it</source>
        <translation>{name} tidak memiliki lapisan teks (dokumen hasil pindaian?); Reader membaca PDF yang berisi teks, bukan gambar teks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="203"/>
        <source>an author needs a name</source>
        <translation>penulis harus memiliki nama</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="204"/>
        <source>an author&apos;s name is at most 300 characters, not {length}</source>
        <translation>nama penulis paling banyak 300 karakter, bukan {length}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="205"/>
        <source>unknown role {role!r} for {name}; choose one of {choices}</source>
        <translation>peran {role!r} untuk {name} tidak dikenal; pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="206"/>
        <source>{name} is a {choices}, not {kind!r}</source>
        <translation>{name} adalah {choices}, bukan {kind!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="207"/>
        <source>a tag needs a name</source>
        <translation>tag harus memiliki nama</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="208"/>
        <source>a tag can be up to {limit} characters long</source>
        <translation>tag dapat berisi hingga {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="209"/>
        <source>the reading state is one of {choices}</source>
        <translation>status baca harus salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="210"/>
        <source>a saved search needs a name and a query</source>
        <translation>pencarian tersimpan memerlukan nama dan kueri</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="211"/>
        <source>the library at {path} needs an update to this version of Reader, and it cannot be written where it is (a read-only folder or disk)</source>
        <translation>pustaka di {path} perlu diperbarui untuk versi Reader ini, tetapi tidak dapat ditulisi di lokasinya sekarang (folder atau disk hanya-baca)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="212"/>
        <source>cannot open the library at {path}: {reason}</source>
        <translation>tidak dapat membuka pustaka di {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="213"/>
        <source>the library is read-only here (its folder or disk cannot be written): it can be read and searched, not changed</source>
        <translation>pustaka ini hanya-baca di sini (folder atau disknya tidak dapat ditulisi): pustaka dapat dibaca dan dicari, tetapi tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="214"/>
        <source>the library cannot be written: {reason}</source>
        <translation>pustaka tidak dapat ditulisi: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="215"/>
        <source>the library could not save the change: {reason}</source>
        <translation>pustaka tidak dapat menyimpan perubahan: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="216"/>
        <source>the transaction was rolled back</source>
        <translation>transaksi dibatalkan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="217"/>
        <source>not stored, with the {count} article(s) of its batch: the library could not be written ({reason}); import it again</source>
        <translation>tidak disimpan, bersama {count} artikel dalam kelompoknya: pustaka tidak dapat ditulisi ({reason}); impor ulang</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="93"/>
        <source>this library was written by a newer version of Reader (schema {current}; this version knows up to {known}); update Reader to open it</source>
        <translation>pustaka ini ditulis oleh Reader versi yang lebih baru (skema {current}; versi ini hanya mengenal hingga {known}); perbarui Reader untuk membukanya</translation>
    </message>
</context>
</TS>
