/** Catches the files a view saves (downloadText: a blob URL and an anchor click) for a test to read. */
import { vi } from 'vitest';
import { readText } from '../../renderer/src/views/settings/files';

export function catchDownloads(): { names: string[]; text(index?: number): Promise<string> } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (b: Blob) => (blobs.push(b), 'blob:download'),
      revokeObjectURL: () => {},
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return {
    names,
    text: (index = blobs.length - 1) => {
      const blob = blobs[index];
      if (!blob) throw new Error(`no file saved at ${index}; saved: ${blobs.length}`);
      return readText(blob);
    },
  };
}
