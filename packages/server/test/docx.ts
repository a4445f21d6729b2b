import { inflateRawSync } from "node:zlib";

/** Reads one entry of a zip archive, enough for the deflated or stored parts of a .docx. */
export function readZipEntry(zip: Buffer, name: string): string {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive");
  let entry = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(entry + 28);
    const entryName = zip.toString("utf8", entry + 46, entry + 46 + nameLength);
    if (entryName === name) {
      const local = zip.readUInt32LE(entry + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(entry + 20));
      return (zip.readUInt16LE(entry + 10) === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  }
  throw new Error(`${name} is not in the archive`);
}

/** The text of a .docx's body, tags stripped. */
export function docxText(docx: Buffer): string {
  return readZipEntry(docx, "word/document.xml").replace(/<[^>]+>/g, "");
}
