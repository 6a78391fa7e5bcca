"""Reference-side helper for the Avro interop tests, run with Debian's /usr/bin/python3 and python3-avro.

  rewrite IN OUT CODEC      read a container file and write its datums again with python's own writer
  canonical SCHEMA_FILE     print python's Parsing Canonical Form and its CRC-64-AVRO fingerprint
  fingerprint TEXT          print the CRC-64-AVRO fingerprint of TEXT's UTF-8 bytes (signed 64-bit)
"""
import sys

import avro.datafile
import avro.io
import avro.schema

# CRC-64-AVRO as the specification defines it.
EMPTY = 0xC15D213AA4D7A795
TABLE = []
for i in range(256):
    fp = i
    for _ in range(8):
        fp = (fp >> 1) ^ (EMPTY & -(fp & 1))
    TABLE.append(fp)


def fingerprint(data):
    fp = EMPTY
    for b in data:
        fp = (fp >> 8) ^ TABLE[(fp ^ b) & 0xFF]
    return fp - (1 << 64) if fp >= 1 << 63 else fp


def main():
    mode = sys.argv[1]
    if mode == "rewrite":
        with avro.datafile.DataFileReader(open(sys.argv[2], "rb"), avro.io.DatumReader()) as reader:
            schema = avro.schema.parse(reader.get_meta("avro.schema").decode("utf-8"))
            with avro.datafile.DataFileWriter(open(sys.argv[3], "wb"), avro.io.DatumWriter(), schema, codec=sys.argv[4]) as writer:
                for datum in reader:
                    writer.append(datum)
    elif mode == "canonical":
        with open(sys.argv[2], encoding="utf-8") as f:
            canonical = avro.schema.parse(f.read()).canonical_form
        print(canonical)
        print(fingerprint(canonical.encode("utf-8")))
    elif mode == "fingerprint":
        print(fingerprint(sys.argv[2].encode("utf-8")))
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
