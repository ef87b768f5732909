import { describe, expect, it } from 'vitest';
import { detectAllowedType, inspectUploadedFile } from './detect-file-type';

const bytes = (...values: number[]) => Buffer.from(values);

const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const png = Buffer.concat([
  bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  bytes(0, 0, 0, 13),
  Buffer.from('IHDR'),
  bytes(0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0),
  bytes(0x90, 0x77, 0x53, 0xde),
]);
const jpeg = Buffer.concat([bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), Buffer.from('JFIF\0'), bytes(1, 1, 0, 0, 1, 0, 1, 0, 0), bytes(0xff, 0xd9)]);
const exe = Buffer.concat([Buffer.from('MZ'), bytes(0x90, 0x00, 0x03), Buffer.alloc(59), Buffer.from('This program cannot be run in DOS mode.')]);
const zip = Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0), Buffer.alloc(20), Buffer.from('doc.pdf')]);

describe('detectAllowedType', () => {
  it('recognises PDF, JPEG and PNG by their magic bytes', async () => {
    expect(await detectAllowedType(pdf)).toBe('application/pdf');
    expect(await detectAllowedType(png)).toBe('image/png');
    expect(await detectAllowedType(jpeg)).toBe('image/jpeg');
  });

  it('accepts a Uint8Array that is a view into a larger buffer', async () => {
    const big = Buffer.concat([Buffer.from('junk'), png]);
    expect(await detectAllowedType(new Uint8Array(big.buffer, big.byteOffset + 4, png.length))).toBe('image/png');
  });

  it('refuses an executable, whatever its name', async () => {
    expect(await detectAllowedType(exe)).toBeNull();
  });

  it('refuses a zip (and so office documents)', async () => {
    expect(await detectAllowedType(zip)).toBeNull();
  });

  it('refuses an empty file and a file of a few bytes', async () => {
    expect(await detectAllowedType(Buffer.alloc(0))).toBeNull();
    expect(await detectAllowedType(bytes(0x25))).toBeNull();
    expect(await detectAllowedType(Buffer.from('%PDF'))).toBeNull(); // no version: not a PDF header
  });

  it('refuses a polyglot whose first bytes are not those of an allowed type', async () => {
    expect(await detectAllowedType(Buffer.concat([exe, pdf]))).toBeNull();
    expect(await detectAllowedType(Buffer.concat([Buffer.from('<html><script>alert(1)</script>'), png]))).toBeNull();
    expect(await detectAllowedType(Buffer.concat([Buffer.from(' '), pdf]))).toBeNull();
  });

  it('refuses plain text, HTML, SVG and GIF', async () => {
    expect(await detectAllowedType(Buffer.from('Bonjour, voici mon avis d’imposition.'))).toBeNull();
    expect(await detectAllowedType(Buffer.from('<!DOCTYPE html><html></html>'))).toBeNull();
    expect(await detectAllowedType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(await detectAllowedType(Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(20)]))).toBeNull();
  });
});

describe('polyglots of an allowed type', () => {
  it('refuses a PDF carrying HTML, script or a JavaScript action, and a JPEG or PDF with a ZIP appended', async () => {
    const eocd = Buffer.concat([bytes(0x50, 0x4b, 0x05, 0x06), Buffer.alloc(18)]);
    expect(await detectAllowedType(Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n'))).toBeNull();
    expect(await detectAllowedType(Buffer.from(pdf.toString('latin1').replace('/Type /Catalog', '/Type /Catalog /OpenAction << /S /JavaScript /JS (x) >>'), 'latin1'))).toBeNull();
    expect(await detectAllowedType(Buffer.concat([jpeg, zip, eocd]))).toBeNull();
    expect(await detectAllowedType(Buffer.concat([pdf, eocd]))).toBeNull();
  });

  it('still accepts a PDF, JPEG or PNG with trailing bytes that are no archive', async () => {
    expect(await detectAllowedType(Buffer.concat([jpeg, Buffer.from('PK\x05\x06 not at the end', 'latin1'), Buffer.alloc(40)]))).toBe('image/jpeg');
    expect(await detectAllowedType(Buffer.concat([pdf, Buffer.from('\n% incremental update\n%%EOF\n')]))).toBe('application/pdf');
  });

  it('reads a file in chunks and still sees markup across a chunk boundary, and an archive at its end', async () => {
    const chunked = (content: Buffer, size: number) => ({
      size: content.length,
      async *read() {
        for (let i = 0; i < content.length; i += size) yield content.subarray(i, i + size);
      },
    });
    const withScript = Buffer.concat([jpeg.subarray(0, 20), Buffer.from('<scr'), Buffer.alloc(0), Buffer.from('ipt>alert(1)</script>'), jpeg.subarray(20)]);
    expect(await inspectUploadedFile(chunked(withScript, 22))).toMatchObject({ accepted: false });
    expect(await inspectUploadedFile(chunked(Buffer.concat([jpeg, zip, bytes(0x50, 0x4b, 0x05, 0x06), Buffer.alloc(18)]), 7))).toMatchObject({ accepted: false });
    expect(await inspectUploadedFile(chunked(jpeg, 3))).toEqual({ accepted: true, contentType: 'image/jpeg' });
    expect(await inspectUploadedFile(chunked(pdf, 5))).toEqual({ accepted: true, contentType: 'application/pdf' });
  });
});
