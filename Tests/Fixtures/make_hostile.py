#!/usr/bin/env python3
"""Generate the hostile / malformed .docx fixtures in Tests/Fixtures/hostile/.

Standard library only. Output is deterministic: every zip entry has a fixed
timestamp (2020-01-01 00:00:00), fixed create_system / attributes, and a fixed
entry order, so running the script twice gives byte-identical files (with the
same zlib; a different zlib version may compress differently).

Usage:  python3 Tests/Fixtures/make_hostile.py [output-dir]
        (default output dir: hostile/ next to this script)

See hostile/README.md for what each file is and what the reader must do.
"""

import os
import struct
import sys
import warnings
import zipfile
import zlib

DATE = (2020, 1, 1, 0, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
REL_OFFICE_DOC = ("http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships/officeDocument")
REL_OFFICE_DOC_STRICT = ("http://purl.oclc.org/ooxml/officeDocument/"
                         "relationships/officeDocument")
MAIN_CT = ("application/vnd.openxmlformats-officedocument."
           "wordprocessingml.document.main+xml")
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# --------------------------------------------------------------------------
# Skeleton parts
# --------------------------------------------------------------------------

def content_types(main_part="/word/document.xml"):
    return (XML_DECL +
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="{main_part}" ContentType="{MAIN_CT}"/>'
            '</Types>').encode("utf-8")


def package_rels(target="word/document.xml", rel_type=REL_OFFICE_DOC):
    return (XML_DECL +
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel_type}" Target="{target}"/>'
            '</Relationships>').encode("utf-8")


def doc_open(ns=W_NS):
    return f'<w:document xmlns:w="{ns}"><w:body>'


DOC_CLOSE = '</w:body></w:document>'


def para(text):
    return f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'


def document(body_xml, ns=W_NS, prolog=""):
    return (XML_DECL + prolog + doc_open(ns) + body_xml + DOC_CLOSE).encode("utf-8")


def skeleton_parts(text="Hello"):
    return [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(para(text))),
    ]


# --------------------------------------------------------------------------
# Zip helpers (deterministic)
# --------------------------------------------------------------------------

def zinfo(name, level=9):
    zi = zipfile.ZipInfo(name, date_time=DATE)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.create_system = 3          # fixed (Unix), independent of the host OS
    zi.create_version = 20
    zi.extract_version = 20
    zi.external_attr = 0o100644 << 16   # regular file, rw-r--r--
    # Python < 3.13 reads _compresslevel; 3.13+ has compress_level.
    if hasattr(type(zi), "compress_level"):
        zi.compress_level = level
    else:
        zi._compresslevel = level
    return zi


def write_zip(path, parts, level=9):
    """parts: list of (name, bytes). Duplicate names are allowed."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")          # "Duplicate name: ..."
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in parts:
                zf.writestr(zinfo(name, level), data, compresslevel=level)


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def central_directory_entries(buf):
    """Yield (cd_entry_offset, local_header_offset, name) for every entry."""
    eocd = buf.rfind(b"PK\x05\x06")
    if eocd < 0:
        raise ValueError("no end of central directory record")
    (n_entries,) = struct.unpack_from("<H", buf, eocd + 10)
    (cd_offset,) = struct.unpack_from("<I", buf, eocd + 16)
    pos = cd_offset
    for _ in range(n_entries):
        if buf[pos:pos + 4] != b"PK\x01\x02":
            raise ValueError("bad central directory signature")
        n, m, k = struct.unpack_from("<HHH", buf, pos + 28)
        (lho,) = struct.unpack_from("<I", buf, pos + 42)
        name = bytes(buf[pos + 46:pos + 46 + n]).decode("utf-8")
        yield pos, lho, name
        pos += 46 + n + m + k


# --------------------------------------------------------------------------
# Minimal OLE2 / Compound File Binary writer (version 3, 512-byte sectors)
# --------------------------------------------------------------------------

CFB_MAGIC = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR, MINI_SECTOR, MINI_CUTOFF = 512, 64, 4096


def _dir_entry(name, obj_type, start, size, left=NOSTREAM, right=NOSTREAM,
               child=NOSTREAM):
    """128-byte directory entry: UTF-16LE name (max 31 chars + NUL), name
    length in bytes incl. the terminating NUL as uint16 at offset 64."""
    raw = name.encode("utf-16-le") + b"\x00\x00"
    assert len(raw) <= 64
    e = bytearray(128)
    e[0:len(raw)] = raw
    struct.pack_into("<HBB", e, 64, len(raw), obj_type, 1)       # 1 = black
    struct.pack_into("<III", e, 68, left, right, child)
    # CLSID (80..95), state bits (96), times (100..115) stay zero
    struct.pack_into("<IQ", e, 116, start, size)
    return bytes(e)


def build_cfb(streams):
    """streams: list of (name, bytes) at the root storage. Streams shorter
    than 4096 bytes go into the mini stream, as the spec requires."""
    sectors = []                      # list of 512-byte sector payloads
    fat = []

    def alloc(data, marker=None):
        """Append data as a chain of sectors; return first sector index."""
        n = max(1, (len(data) + SECTOR - 1) // SECTOR)
        first = len(sectors)
        for i in range(n):
            chunk = data[i * SECTOR:(i + 1) * SECTOR]
            sectors.append(chunk.ljust(SECTOR, b"\x00"))
            if marker is not None:
                fat.append(marker)
            else:
                fat.append(first + i + 1 if i < n - 1 else ENDOFCHAIN)
        return first

    # Sector 0: the (single) FAT sector, filled in at the end.
    sectors.append(b"")
    fat.append(FATSECT)

    # Lay out the mini stream.
    mini = bytearray()
    minifat = []
    placed = {}
    for name, data in streams:
        if len(data) < MINI_CUTOFF:
            start = len(mini) // MINI_SECTOR
            n = max(1, (len(data) + MINI_SECTOR - 1) // MINI_SECTOR)
            mini += data.ljust(n * MINI_SECTOR, b"\x00")
            minifat += [start + i + 1 for i in range(n - 1)] + [ENDOFCHAIN]
            placed[name] = start

    # Sorted siblings (CFB compares length first, then upper-case names);
    # chained through right-sibling links under the root, all black.
    order = sorted(range(len(streams)),
                   key=lambda i: (len(streams[i][0]), streams[i][0].upper()))
    n_dir = 1 + len(streams)
    dir_sectors = (n_dir * 128 + SECTOR - 1) // SECTOR
    first_dir = len(sectors)
    for i in range(dir_sectors):       # placeholders, filled below
        sectors.append(b"")
        fat.append(first_dir + i + 1 if i < dir_sectors - 1 else ENDOFCHAIN)

    first_minifat = ENDOFCHAIN
    if minifat:
        mf = b"".join(struct.pack("<I", x) for x in minifat)
        mf = mf.ljust(((len(mf) + SECTOR - 1) // SECTOR) * SECTOR, b"\xFF")
        first_minifat = alloc(mf)
    n_minifat_sectors = 0 if not minifat else (len(minifat) * 4 + SECTOR - 1) // SECTOR
    mini_start = alloc(bytes(mini)) if mini else ENDOFCHAIN
    for name, data in streams:
        if len(data) >= MINI_CUTOFF:
            placed[name] = alloc(data)

    # Directory.
    entries = [None] * n_dir
    child = order[0] + 1 if order else NOSTREAM
    entries[0] = _dir_entry("Root Entry", 5, mini_start, len(mini), child=child)
    for rank, i in enumerate(order):
        right = order[rank + 1] + 1 if rank + 1 < len(order) else NOSTREAM
        name, data = streams[i]
        entries[i + 1] = _dir_entry(name, 2, placed[name], len(data), right=right)
    d = b"".join(entries)
    d = d.ljust(dir_sectors * SECTOR, b"\x00")
    # unused directory slots: empty entries with NOSTREAM links
    empty = bytearray(128)
    struct.pack_into("<III", empty, 68, NOSTREAM, NOSTREAM, NOSTREAM)
    d = bytearray(d)
    for slot in range(n_dir, dir_sectors * 4):
        d[slot * 128:(slot + 1) * 128] = empty
    for i in range(dir_sectors):
        sectors[first_dir + i] = bytes(d[i * SECTOR:(i + 1) * SECTOR])

    assert len(fat) <= SECTOR // 4, "single FAT sector only"
    fat_bytes = b"".join(struct.pack("<I", x) for x in fat)
    sectors[0] = fat_bytes.ljust(SECTOR, b"\xFF")

    header = bytearray(SECTOR)
    header[0:8] = CFB_MAGIC
    # CLSID zero; minor 0x3E, major 3, byte order FFFE, sector shift 9,
    # mini sector shift 6
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40,
                     0,                     # number of directory sectors (v3: 0)
                     1,                     # number of FAT sectors
                     first_dir,             # first directory sector
                     0,                     # transaction signature
                     MINI_CUTOFF,           # mini stream cutoff
                     first_minifat,         # first mini FAT sector
                     n_minifat_sectors,     # number of mini FAT sectors
                     ENDOFCHAIN,            # first DIFAT sector
                     0)                     # number of DIFAT sectors
    difat = [0] + [FREESECT] * 108
    struct.pack_into("<109I", header, 76, *difat)
    return bytes(header) + b"".join(sectors)


def pseudo_random(n, seed=0x5EED):
    """Deterministic filler bytes (xorshift32), for 'ciphertext'."""
    x = seed
    out = bytearray(n)
    for i in range(n):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        out[i] = x & 0xFF
    return bytes(out)


# --------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------

def make_zip_bomb(path):
    """~200 MB word/document.xml compressed ~1000:1 (file ~195 KB).

    The bulk is one w:t holding 201,326,592 'A's. Deflate reaches its
    ~1030:1 maximum only for runs with match distance 1-4 (no extra bits);
    '<w:p/>' * N (distance 6) tops out at ~686:1, i.e. ~290 KB for 200 MB.
    """
    head = (XML_DECL + doc_open() + para("Hello")
            + "<w:p><w:r><w:t>").encode("utf-8")
    tail = ("</w:t></w:r></w:p>" + DOC_CLOSE).encode("utf-8")
    chunk = b"A" * (6 << 20)                     # 6 MiB per write
    n_chunks = 32                                # 192 MiB (~201 MB)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zinfo("[Content_Types].xml"), content_types(), compresslevel=9)
        zf.writestr(zinfo("_rels/.rels"), package_rels(), compresslevel=9)
        with zf.open(zinfo("word/document.xml"), "w") as f:
            f.write(head)
            for _ in range(n_chunks):
                f.write(chunk)
            f.write(tail)


def make_zip_bomb_lying_header(path):
    """document.xml inflates to ~50 MB but local + central headers say 1000."""
    head = (XML_DECL + doc_open()).encode("utf-8")
    tail = (para("Hello") + DOC_CLOSE).encode("utf-8")
    body = b"<w:p/>" * (50_000_000 // 6)
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", head + body + tail),
    ])
    buf = bytearray(open(path, "rb").read())
    patched = 0
    for cd_pos, lho, name in central_directory_entries(buf):
        if name == "word/document.xml":
            assert buf[lho:lho + 4] == b"PK\x03\x04"
            struct.pack_into("<I", buf, lho + 22, 1000)     # local: uncompressed size
            struct.pack_into("<I", buf, cd_pos + 24, 1000)  # central: uncompressed size
            patched += 1
    assert patched == 1
    write_bytes(path, bytes(buf))


def make_xxe(path):
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(para("&xxe;"), prolog=prolog)),
    ])


def make_billion_laughs(path):
    ents = ['<!ENTITY lol "lol">']
    prev = "lol"
    for i in range(1, 10):
        name = f"lol{i}"
        ents.append(f'<!ENTITY {name} "' + f"&{prev};" * 10 + '">')
        prev = name
    prolog = "<!DOCTYPE w:document [\n  " + "\n  ".join(ents) + "\n]>\n"
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(para("&lol9;"), prolog=prolog)),
    ])


def make_truncated(path):
    write_zip(path, skeleton_parts())
    data = open(path, "rb").read()
    write_bytes(path, data[:int(len(data) * 0.6)])


def word97_doc():
    """Minimal Word 97-2003 look-alike: CFB with a 'WordDocument' stream
    whose FIB starts with wIdent 0xA5EC."""
    fib = bytearray(4096)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0x00C1)   # wIdent, nFib (Word 97)
    return build_cfb([("WordDocument", bytes(fib))])


def make_encrypted(path):
    """How a password-protected .docx looks: an OLE2 compound file with the
    streams EncryptionInfo and EncryptedPackage (Agile Encryption, 4.4)."""
    info_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
        'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
        'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
        '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" '
        'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
        'hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
        '</keyEncryptor></keyEncryptors></encryption>').encode("utf-8")
    encryption_info = struct.pack("<HHI", 4, 4, 0x40) + info_xml
    payload = pseudo_random(4096)
    encrypted_package = struct.pack("<Q", 3900) + payload   # uint64 plaintext size
    write_bytes(path, build_cfb([
        ("EncryptionInfo", encryption_info),
        ("EncryptedPackage", encrypted_package),
    ]))


def make_nested_tables(path, depth=10_000):
    open_level = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                  '<w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>')
    close_level = '</w:tc></w:tr></w:tbl>'
    # every cell that holds a nested table needs a w:p after that table
    body = (open_level * depth + para("deep") + close_level
            + ('<w:p/>' + close_level) * (depth - 1) + '<w:p/>')
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(body)),
    ])


def make_duplicate_entries(path):
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(para("First"))),
        ("word/document.xml", document(para("Second"))),
    ])


def make_main_part_elsewhere(path):
    write_zip(path, [
        ("[Content_Types].xml", content_types("/word/main/body.xml")),
        ("_rels/.rels", package_rels("word/main/body.xml")),
        ("word/main/body.xml", document(para("Found via relationships"))),
    ])


def make_utf16(path):
    xml = ('<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n'
           + doc_open() + para("Hyv\u00e4\u00e4 p\u00e4iv\u00e4\u00e4 \u2013 UTF-16")
           + DOC_CLOSE)
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", b"\xff\xfe" + xml.encode("utf-16-le")),
    ])


def make_missing_main_part(path):
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
    ])


def make_malformed_xml(path):
    xml = (XML_DECL +                                   # line 1
           doc_open() + "\n" +                          # line 2
           "<w:p><w:r><w:t>Broken</w:r></w:p>\n" +      # line 3: w:t never closed
           DOC_CLOSE + "\n")                            # line 4
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", xml.encode("utf-8")),
    ])


def make_path_traversal(path):
    evil = (XML_DECL + "<evil>outside the package</evil>").encode("utf-8")
    write_zip(path, skeleton_parts() + [
        ("../../evil.xml", evil),
        ("/abs.xml", evil),
    ])
    names = [n for _, _, n in central_directory_entries(open(path, "rb").read())]
    assert "../../evil.xml" in names and "/abs.xml" in names, names


def make_many_small_bombs(path, count=16):
    """Each header part stays under the per-part ratio check's 4 MB floor; together they unpack
    to 64 MB from about 70 KB."""
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    header_type = rel_ns + "/header"
    body = "".join(
        f'<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rH{i}"/></w:sectPr></w:pPr>'
        f'<w:r><w:t>Section {i}</w:t></w:r></w:p>' for i in range(count))
    main = (XML_DECL + f'<w:document xmlns:w="{W_NS}" xmlns:r="{rel_ns}"><w:body>' + body
            + '</w:body></w:document>').encode("utf-8")
    rels = (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rH{i}" Type="{header_type}" Target="header{i}.xml"/>' for i in range(count))
            + "</Relationships>").encode("utf-8")
    opening = f'<w:hdr xmlns:w="{W_NS}"><w:p><w:r><w:t>'
    closing = "</w:t></w:r></w:p></w:hdr>"
    filler = "A" * ((4 << 20) - len(XML_DECL) - len(opening) - len(closing) - 64)
    header = (XML_DECL + opening + filler + closing).encode("utf-8")
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", main),
        ("word/_rels/document.xml.rels", rels),
    ] + [(f"word/header{i}.xml", header) for i in range(count)])


def make_strict_minimal(path):
    write_zip(path, [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels(rel_type=REL_OFFICE_DOC_STRICT)),
        ("word/document.xml", document(para("Strict hello"), ns=W_NS_STRICT)),
    ])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "hostile")
    os.makedirs(out, exist_ok=True)

    def p(name):
        return os.path.join(out, name)

    legacy = word97_doc()
    jobs = [
        ("zip-bomb.docx", make_zip_bomb),
        ("zip-bomb-lying-header.docx", make_zip_bomb_lying_header),
        ("xxe.docx", make_xxe),
        ("billion-laughs.docx", make_billion_laughs),
        ("truncated.docx", make_truncated),
        ("legacy.doc.docx", lambda f: write_bytes(f, legacy)),
        ("legacy.doc", lambda f: write_bytes(f, legacy)),
        ("encrypted.docx", make_encrypted),
        ("nested-tables.docx", make_nested_tables),
        ("empty.docx", lambda f: write_bytes(f, b"")),
        ("duplicate-entries.docx", make_duplicate_entries),
        ("main-part-elsewhere.docx", make_main_part_elsewhere),
        ("utf16.docx", make_utf16),
        ("not-a-zip.docx", lambda f: write_bytes(f, b"This is not a Word document.\n")),
        ("missing-main-part.docx", make_missing_main_part),
        ("malformed-xml.docx", make_malformed_xml),
        ("path-traversal.docx", make_path_traversal),
        ("strict-minimal.docx", make_strict_minimal),
        ("many-small-bombs.docx", make_many_small_bombs),
    ]
    for name, fn in jobs:
        fn(p(name))
        print(f"{os.path.getsize(p(name)):>9}  {name}")


if __name__ == "__main__":
    main()
