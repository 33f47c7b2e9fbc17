/**
 * The images the preview shows for the snapshot's pictures: the docx layer hands over each
 * picture's image as data; a format browsers do not show (EMF, WMF, TIFF) keeps its placeholder.
 */
import type { Picture } from '../core/report/snapshot';
import { pictureImages as storedImages, type PictureImage } from '../docx/read/picture-images';

export type { PictureImage };

const SHOWN = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp', 'image/webp']);

/** Only the images a browser can show, by picture index. */
export function shownImages(images: ReadonlyMap<number, PictureImage>): Map<number, PictureImage> {
  return new Map([...images].filter(([, image]) => SHOWN.has(image.contentType)));
}

/** The image of each snapshot picture (by its index in `pictures`) that can be shown. */
export function pictureImages(
  bytes: Uint8Array,
  fileName: string,
  pictures: readonly Picture[],
): Map<number, PictureImage> {
  return shownImages(storedImages(bytes, fileName, pictures));
}
