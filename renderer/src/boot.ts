/**
 * The page's entry: the stylesheet (a <link> in the HTML, so the static shell
 * of prompt.html / routine.html paints styled), then the app as a chunk of its
 * own. While that chunk is fetched the browser paints the shell; parsing and
 * running the app's script in the entry itself would hold the first paint back
 * (renderer/src/shell.ts). No timer: a paused test clock must not stop the app.
 */
import './styles/app.css';

void import('./main');
