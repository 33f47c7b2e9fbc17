/**
 * Object URLs for the pictures the preview shows, made again after each change to the document
 * and revoked when no longer shown. A picture whose image cannot be found keeps its placeholder.
 */
import { useEffect, useState } from 'react';
import type { ReportSnapshot } from '../core/report/snapshot';
import { pictureImages } from './picture-images';
import type { WorkspaceHost } from './workspace-host';

export function usePictureUrls(
  host: WorkspaceHost | null,
  snapshot: ReportSnapshot | null,
): ReadonlyMap<number, string> {
  const [urls, setUrls] = useState<ReadonlyMap<number, string>>(new Map());
  useEffect(() => {
    if (!host || !snapshot) {
      setUrls(new Map());
      return;
    }
    let images: ReturnType<typeof pictureImages>;
    try {
      images = pictureImages(host.bytes, host.name, snapshot.pictures);
    } catch {
      // The text preview still shows; the pictures stay placeholders.
      images = new Map();
    }
    const made = new Map<number, string>();
    for (const [index, image] of images) {
      made.set(
        index,
        URL.createObjectURL(new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.contentType })),
      );
    }
    setUrls(made);
    return () => made.forEach((url) => URL.revokeObjectURL(url));
  }, [host, snapshot]);
  return urls;
}
