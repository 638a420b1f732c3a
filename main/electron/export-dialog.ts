/**
 * File > Export in the desktop app: a native save dialog chooses where the
 * export goes, and main/host-calls.ts writes it there directly (no bytes
 * cross to the page). A CSV export is a folder: the name typed is the
 * folder the register files are written into.
 */
import path from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';
import type { SaveRequest } from '../host-calls';
import { EXPORT_FILES } from '../host-calls';

/** The save dialog's options for one export. */
export function saveDialogOptions(request: SaveRequest, defaultDir: string): SaveDialogOptions {
  const file = EXPORT_FILES[request.format];
  return {
    title: request.folder ? 'Export the registers as CSV files into a new folder' : `Export as ${file.label}`,
    defaultPath: path.join(defaultDir, request.suggestedName),
    buttonLabel: 'Export',
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(request.folder ? {} : { filters: [{ name: file.label, extensions: [file.ext] }] }),
  };
}

/** A `chooseSavePath` for createHostHandlers, showing the dialog on the focused window. */
export function chooseExportPath(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  parent: () => BrowserWindow | null,
  defaultDir: () => string,
): (request: SaveRequest) => Promise<string | null> {
  return async (request) => {
    const options = saveDialogOptions(request, defaultDir());
    const window = parent();
    const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
