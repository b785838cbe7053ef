/**
 * The page's entry: the app as a chunk of its own. The stylesheet is not
 * imported here: index.html links it and the build puts it inline, so the
 * static shell of prompt.html / routine.html paints styled with no request
 * (electron.vite.config.ts, pagesPlugin). While that chunk is fetched the
 * browser paints the shell; parsing and running the app's script in the entry itself would hold the first paint back
 * (renderer/src/shell.ts). No timer: a paused test clock must not stop the app.
 */
void import('./main');
