"""Packs the placeholder nuspec into build/nuget-local/ as a .nupkg (a zip with the OPC parts NuGet expects)."""
import pathlib, sys, zipfile

root = pathlib.Path(__file__).resolve().parent
nuspec = root / "librdkafka.redist.nuspec"
out_dir = root.parent / "nuget-local"
out_dir.mkdir(exist_ok=True)
target = out_dir / "librdkafka.redist.1.9.2.nupkg"
content_types = ('<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />'
                 '<Default Extension="nuspec" ContentType="application/octet" /></Types>')
rels = ('<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/librdkafka.redist.nuspec" Id="R1" /></Relationships>')
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("librdkafka.redist.nuspec", nuspec.read_text())
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
print(f"wrote {target}", file=sys.stderr)
