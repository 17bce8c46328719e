#!/usr/bin/env python3
"""Seed corpus for `make fuzz`: every .docx under Corpora/ and Tests/Fixtures/hostile as it is,
plus the main document XML and the styles part of each (arvio-fuzz wraps an input that starts
with "<" into a small package, so mutations of it reach the XML and WordprocessingML readers past
the zip checksums).

    scripts/fuzz-seeds.py OUTPUT-FOLDER
"""
import hashlib
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

ROOTS = ["Corpora", "Tests/Fixtures/hostile", "Tests/Fixtures/fuzz"]
OFFICE_DOCUMENT = "/officeDocument"
MAX_XML = 4 << 20


def main_part(archive):
    """The main document part named by _rels/.rels, or word/document.xml."""
    try:
        root = ET.fromstring(archive.read("_rels/.rels"))
        for rel in root:
            if rel.get("Type", "").endswith(OFFICE_DOCUMENT):
                return rel.get("Target", "").lstrip("/")
    except Exception:
        pass
    return "word/document.xml"


def write(folder, data):
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data)


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    files = xml = 0
    for root in ROOTS:
        for directory, _, names in os.walk(root):
            for name in sorted(names):
                if not (name.endswith(".docx") or name.endswith(".doc") or "fuzz" in root):
                    continue
                path = os.path.join(directory, name)
                with open(path, "rb") as handle:
                    data = handle.read()
                write(folder, data)
                files += 1
                try:
                    with zipfile.ZipFile(path) as archive:
                        part = main_part(archive)
                        if archive.getinfo(part).file_size > MAX_XML:
                            continue  # the zip bombs' parts; the fuzzer's -max_len is far below
                        document = archive.read(part)
                        styles = [archive.read(info) for info in archive.infolist()
                                  if info.filename.endswith("styles.xml") and info.file_size <= MAX_XML]
                except Exception:
                    continue
                for xml_part in [document] + styles:
                    if xml_part.startswith(b"<"):
                        write(folder, xml_part)
                        xml += 1
    print(f"fuzz seeds: {files} files and {xml} main-document and styles XML parts in {folder}")


if __name__ == "__main__":
    main()
