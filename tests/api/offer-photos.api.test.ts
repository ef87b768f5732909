import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import sharp from 'sharp';
import { FixedClock } from '../../src/shared/testing/clock';
import { bearer, createLandlord, publishedOffer, villeurbanneT2 } from '../support/candidacy-fixtures';
import { SMALL_PDF } from '../support/files';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Offer photos (issue 17): a landlord adds up to 10 JPEG/PNG/WebP photos to its offer; each is
 * re-encoded by the platform in three widths with no metadata; anyone sees them once the offer is
 * published, only its landlord and agents before.
 */

const clock = new FixedClock('2026-03-15T09:00:00Z');
let p: TestPlatform;
let agent: string;
let L1: { landlordId: string; landlordToken: string };
let L2: { landlordId: string; landlordToken: string };
let applicant: string;
let draftId: string;

/** A 2000 × 1500 JPEG carrying EXIF tags: the camera, a copyright, and GPS coordinates (Lyon). */
async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 120, g: 160, b: 200 } } })
    .withExif({
      IFD0: { Make: 'AppareilTest', Copyright: 'Photographe' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 45/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 50/1 10/1' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Photographe"/></rdf:RDF></x:xmpmeta>',
    )
    .jpeg()
    .toBuffer();
}

/** A PNG whose header declares 50 000 × 50 000 pixels (2.5 gigapixels) with a few bytes of data. */
function pngBomb(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(50_000, 0);
  ihdr.writeUInt32BE(50_000, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const smallPng = (shade: number) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: shade, g: 90, b: 60 } } })
    .png()
    .toBuffer();

/** whether EXIF data holds the GPS IFD pointer (tag 0x8825, either byte order) */
function hasGpsPointer(exif: Buffer): boolean {
  for (let i = 0; i < exif.length - 1; i++) if ((exif[i] === 0x88 && exif[i + 1] === 0x25) || (exif[i] === 0x25 && exif[i + 1] === 0x88)) return true;
  return false;
}

const upload = (token: string | null, offerId: string, content: Buffer, filename = 'photo.jpg', contentType = 'image/jpeg', alt?: string) => {
  let req = request(p.app).post(`/api/v1/offers/${offerId}/photos`);
  if (token) req = req.set(bearer(token));
  if (alt) req = req.field('alt', alt);
  return req.attach('file', content, { filename, contentType });
};

async function draftOffer(token: string): Promise<string> {
  const res = await request(p.app).post('/api/v1/offers').set(bearer(token)).send(villeurbanneT2());
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}

function expectProblem(res: request.Response, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.body.code).toBe(code);
}

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  L1 = await createLandlord(p, agent);
  L2 = await createLandlord(p, agent);
  applicant = (await p.signIn('applicant')).token;
  draftId = await draftOffer(L1.landlordToken);
}, 60_000);

afterAll(async () => {
  await p?.close();
});

describe('a landlord adds a photo', () => {
  it('a JPEG with EXIF GPS tags is served in three widths, WebP, with no EXIF, GPS or XMP in any size', async () => {
    const original = await jpegWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif && hasGpsPointer(before.exif), 'the uploaded file carries GPS tags').toBe(true);
    expect(before.xmp).toBeDefined();

    const res = await upload(L1.landlordToken, draftId, original, 'salon.jpg', 'image/jpeg', 'Le séjour, côté fenêtre');
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ alt: 'Le séjour, côté fenêtre', position: 0, width: 1600, height: 1200, contentType: 'image/webp' });
    expect(res.body.sizes.small).toBe(`/api/v1/offers/${draftId}/photos/${res.body.id}/small`);

    const widths = { small: 320, medium: 800, large: 1600 } as const;
    for (const [size, width] of Object.entries(widths)) {
      const served = await request(p.app)
        .get(res.body.sizes[size])
        .set(bearer(L1.landlordToken))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(served.status, `${size}`).toBe(200);
      expect(served.headers['content-type']).toBe('image/webp');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.headers['cache-control']).toBe('private, no-store'); // not published yet
      const meta = await sharp(served.body as Buffer).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.width).toBe(width);
      expect(meta.exif, `${size}: no EXIF (GPS included)`).toBeUndefined();
      expect(meta.xmp, `${size}: no XMP`).toBeUndefined();
      expect(meta.icc, `${size}: no ICC profile`).toBeUndefined();
      expect((served.body as Buffer).includes(Buffer.from('AppareilTest')), `${size}: the camera's name is gone`).toBe(false);
    }
  });

  it('a file that is not an image is refused by its content, whatever its name and declared type, the field named', async () => {
    const pdf = await upload(L1.landlordToken, draftId, SMALL_PDF, 'photo.jpg', 'image/jpeg');
    expectProblem(pdf, 422, 'OFFER.PHOTO_TYPE_NOT_ALLOWED');
    expect(pdf.body.errors).toEqual([{ field: 'file', message: expect.stringContaining('JPEG, PNG ou WebP') }]);
    expect(pdf.body.title).toMatch(/[éèà]|donn|requ/i);
    const text = await upload(L1.landlordToken, draftId, Buffer.from('Ceci n’est pas une photo, seulement du texte.\n'.repeat(20)), 'vue.jpg', 'image/jpeg');
    expectProblem(text, 422, 'OFFER.PHOTO_TYPE_NOT_ALLOWED');
    // a JPEG's magic bytes followed by garbage: detected as JPEG, refused when it cannot be decoded
    const truncated = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    expectProblem(await upload(L1.landlordToken, draftId, truncated, 'x.jpg'), 422, 'OFFER.PHOTO_TYPE_NOT_ALLOWED');
    expectProblem(await request(p.app).post(`/api/v1/offers/${draftId}/photos`).set(bearer(L1.landlordToken)).send({ file: 'x' }), 415, 'UPLOAD.MULTIPART_REQUIRED');
    const missing = await request(p.app).post(`/api/v1/offers/${draftId}/photos`).set(bearer(L1.landlordToken)).field('alt', 'rien');
    expect(missing.status, missing.text).toBe(400);
    expect(missing.body.errors[0].field).toBe('file');
  });

  it('a decompression bomb (a PNG declaring 50 000 × 50 000 pixels) is refused before it is decoded', async () => {
    const started = Date.now();
    const res = await upload(L1.landlordToken, draftId, pngBomb(), 'bombe.png', 'image/png');
    expectProblem(res, 422, 'OFFER.PHOTO_TYPE_NOT_ALLOWED');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('another landlord’s offer does not exist for it (404); an applicant may not upload (403); an agent may', async () => {
    const png = await smallPng(10);
    expectProblem(await upload(L2.landlordToken, draftId, png, 'a.png', 'image/png'), 404, 'OFFER.NOT_FOUND');
    expect((await upload(applicant, draftId, png, 'a.png', 'image/png')).status).toBe(403);
    expect((await upload(null, draftId, png, 'a.png', 'image/png')).status).toBe(401);
    const byAgent = await upload(agent, draftId, png, 'a.png', 'image/png');
    expect(byAgent.status, byAgent.text).toBe(201);
    expect(byAgent.body).toMatchObject({ width: 40, height: 30, position: 1 }); // never enlarged
    // the draft's photos are not shown to others
    expect((await request(p.app).get(byAgent.body.sizes.small).set(bearer(L2.landlordToken))).status).toBe(404);
    expect((await request(p.app).get(byAgent.body.sizes.small).set(bearer(applicant))).status).toBe(404);
    expect((await request(p.app).get(byAgent.body.sizes.small)).status).toBe(404);
    const photoId = byAgent.body.id as string;
    expectProblem(await request(p.app).delete(`/api/v1/offers/${draftId}/photos/${photoId}`).set(bearer(L2.landlordToken)), 404, 'OFFER.NOT_FOUND');
  });

  it('at most 10 photos: the 11th is refused; order and removal; the offer’s view lists them', async () => {
    let count = (await request(p.app).get(`/api/v1/offers/${draftId}`).set(bearer(L1.landlordToken))).body.photos.length as number;
    while (count < 10) {
      const res = await upload(L1.landlordToken, draftId, await smallPng(20 + count), `p${count}.png`, 'image/png');
      expect(res.status, res.text).toBe(201);
      count++;
    }
    const eleventh = await upload(L1.landlordToken, draftId, await smallPng(200), 'p11.png', 'image/png');
    expectProblem(eleventh, 409, 'OFFER.PHOTO_LIMIT_REACHED');
    expect(eleventh.body.detail).toContain('au plus 10 photos');

    const view = await request(p.app).get(`/api/v1/offers/${draftId}`).set(bearer(L1.landlordToken));
    const ids = (view.body.photos as { id: string }[]).map((ph) => ph.id);
    expect(ids).toHaveLength(10);

    const reordered = await request(p.app)
      .put(`/api/v1/offers/${draftId}/photos/order`)
      .set(bearer(L1.landlordToken))
      .send({ photoIds: [...ids].reverse() });
    expect(reordered.status, reordered.text).toBe(200);
    expect(reordered.body.map((ph: { id: string }) => ph.id)).toEqual([...ids].reverse());
    expectProblem(
      await request(p.app)
        .put(`/api/v1/offers/${draftId}/photos/order`)
        .set(bearer(L1.landlordToken))
        .send({ photoIds: ids.slice(1) }),
      422,
      'OFFER.PHOTO_ORDER_INVALID',
    );

    const removed = ids[ids.length - 1]!; // first after the reversal
    expect((await request(p.app).delete(`/api/v1/offers/${draftId}/photos/${removed}`).set(bearer(L1.landlordToken))).status).toBe(204);
    expect((await request(p.app).get(`/api/v1/offers/${draftId}/photos/${removed}/large`).set(bearer(L1.landlordToken))).status).toBe(404);
    const after = await request(p.app).get(`/api/v1/offers/${draftId}`).set(bearer(L1.landlordToken));
    expect(after.body.photos.map((ph: { id: string }) => ph.id)).toEqual([...ids].reverse().slice(1));
    expect((await upload(L1.landlordToken, draftId, await smallPng(201), 'p10.png', 'image/png')).status).toBe(201);
  });
});

describe('applicants see the photos of a published offer', () => {
  it('in the offer and the search, served to anyone with long public caching', async () => {
    const offerId = await publishedOffer(p, agent, L1.landlordToken);
    const added = await upload(L1.landlordToken, offerId, await jpegWithGps(), 'facade.jpg', 'image/jpeg', 'La façade');
    expect(added.status, added.text).toBe(201);

    const seen = await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(applicant));
    expect(seen.status).toBe(200);
    expect(seen.body.photos).toEqual([expect.objectContaining({ id: added.body.id, alt: 'La façade', sizes: added.body.sizes })]);
    const search = await request(p.app).get('/api/v1/offers').set(bearer(applicant)).query({ pageSize: '100' });
    expect(search.body.items.find((o: { id: string }) => o.id === offerId)?.photos).toHaveLength(1);

    const anonymous = await request(p.app).get(added.body.sizes.medium);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request(p.app).get(added.body.sizes.medium).set(bearer(applicant))).status).toBe(200);
    expect((await request(p.app).get(`/api/v1/offers/${offerId}/photos/${added.body.id}/huge`)).status).toBe(400);
  });
});
