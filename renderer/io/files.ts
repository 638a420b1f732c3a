/** Files in the page: reading a picked file as base64, and handing bytes to the user as a download. */
import type { DownloadFile } from '../../app/host-contract';

/** Reads `file` as base64, reporting the fraction read so far (0..1). */
export function readAsBase64(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onerror = () =>
      reject(new Error(`The file could not be read: ${reader.error?.message ?? 'unknown error'}`));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Saves each file through the browser's download: a Blob and a temporary
 * `<a download>`. The content is never put into the page, so an HTML or SVG
 * export cannot run as part of Charter.
 */
export function download(files: readonly DownloadFile[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.rel = 'noopener';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Give the browser time to start the download before the URL goes.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
