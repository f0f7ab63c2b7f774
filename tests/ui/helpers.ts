// Shared by the component tests: axe on the rendered DOM, files to pick, downloads to catch.

import axe from 'axe-core';
import { expect, vi } from 'vitest';

/** axe-core on a rendered container. Rules that need real layout (contrast) cannot run in happy-dom. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
  });
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}

export function textFile(name: string, text: string | Uint8Array, type = 'text/csv'): File {
  return new File([text as BlobPart], name, { type });
}

/** Catch files the page downloads (Blob URL + link click) instead of navigating. */
export function catchDownloads(): { files: { name: string; blob: Blob }[] } {
  const caught = { files: [] as { name: string; blob: Blob }[] };
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    caught.files.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  return caught;
}

export async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder().decode(await blob.arrayBuffer());
}
