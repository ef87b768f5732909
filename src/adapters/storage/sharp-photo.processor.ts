import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { DomainError } from '../../shared/errors';
import { offerError, type PhotoProcessor, type PhotoSize, type PhotoSourceType, type ProcessedImage } from '../../modules/offer/index';

/** The widths of the sizes served (never wider than the original). */
export const PHOTO_WIDTHS: Record<PhotoSize, number> = { small: 320, medium: 800, large: 1600 };

const ALLOWED: readonly PhotoSourceType[] = ['image/jpeg', 'image/png', 'image/webp'];
/** what sharp's decoder must find, for each type told by the magic bytes */
const SHARP_FORMAT: Record<PhotoSourceType, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };
/** a decompression bomb is refused before it is decoded (a 10 000 × 8 000 photo is 80 Mpx) */
const MAX_INPUT_PIXELS = 100_000_000;

const undecodable = () => offerError.photoTypeNotAllowed();

/**
 * Offer photos through `sharp` (libvips): the type by the file's magic bytes (file-type), then each
 * size decoded from the original, turned upright by its EXIF orientation, resized and encoded as
 * WebP. sharp writes no metadata unless asked (`withMetadata` is never called): EXIF (GPS
 * included), XMP, IPTC and ICC profiles of the upload are not in any size served.
 */
export class SharpPhotoProcessor implements PhotoProcessor {
  async detect(content: Uint8Array): Promise<PhotoSourceType | null> {
    const found = await fileTypeFromBuffer(content);
    const type = found?.mime as PhotoSourceType | undefined;
    return type && ALLOWED.includes(type) ? type : null;
  }

  async process(content: Uint8Array): Promise<{ contentType: string; sizes: Record<PhotoSize, ProcessedImage> }> {
    const type = await this.detect(content);
    if (!type) throw undecodable();
    const input = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const open = () => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false });
    try {
      const meta = await open().metadata();
      if (meta.format !== SHARP_FORMAT[type]) throw undecodable();
      const sizes = {} as Record<PhotoSize, ProcessedImage>;
      for (const [size, width] of Object.entries(PHOTO_WIDTHS) as [PhotoSize, number][]) {
        const { data, info } = await open().rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
        sizes[size] = { content: data, width: info.width, height: info.height };
      }
      return { contentType: 'image/webp', sizes };
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw undecodable(); // truncated, corrupt, or beyond the pixel limit
    }
  }
}
