/**
 * The page's first script: 2 kB that ask for the first view's data (src/data/earlyFetch.ts) while the
 * app's code, eighty times their size, is still downloading. The early-script plugin in vite.config.ts
 * puts it in index.html as a script of its own.
 */
import { startEarlyFetches } from './data/earlyFetch.ts';

startEarlyFetches(location.search);
