"""Reference-side helper for the Avro interop tests, run with Debian's /usr/bin/python3 and python3-avro.

  read FILE                 print each datum of a container file as one JSON line, in raw form: union values
                            bare, logical values as their underlying Avro values, bytes as code points 0-255
  rewrite IN OUT CODEC      read a container file and write its datums again with python's own writer
  canonical SCHEMA_FILE     print python's Parsing Canonical Form and its CRC-64-AVRO fingerprint
  fingerprint TEXT          print the CRC-64-AVRO fingerprint of TEXT's UTF-8 bytes (signed 64-bit)
"""
import datetime
import decimal
import json
import sys
import uuid

import avro.datafile
import avro.io
import avro.schema

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
EPOCH_DATE = datetime.date(1970, 1, 1)


def raw(value):
    if isinstance(value, dict):
        return {k: raw(v) for k, v in value.items()}
    if isinstance(value, list):
        return [raw(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    if isinstance(value, datetime.datetime):
        return (value - EPOCH) // datetime.timedelta(milliseconds=1)
    if isinstance(value, datetime.date):
        return (value - EPOCH_DATE).days
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        unscaled = int(value.scaleb(-value.as_tuple().exponent))
        length = 1
        while not -(1 << (8 * length - 1)) <= unscaled < (1 << (8 * length - 1)):
            length += 1
        return unscaled.to_bytes(length, "big", signed=True).decode("latin-1")
    return value


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
    if mode == "read":
        with avro.datafile.DataFileReader(open(sys.argv[2], "rb"), avro.io.DatumReader()) as reader:
            for datum in reader:
                print(json.dumps(raw(datum), ensure_ascii=True))
    elif mode == "rewrite":
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
