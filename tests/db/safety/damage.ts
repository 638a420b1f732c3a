import fs from 'node:fs';

/** Overwrites two pages in the middle of a SQLite file with garbage: table pages, not the header. */
export function damage(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
  fs.closeSync(fd);
}
