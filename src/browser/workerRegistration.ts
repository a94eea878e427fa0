import { serviceWorkerPath } from '../lib/offline/rules.ts';

/**
 * The optional inline script that installs the service worker (src/browser/serviceWorker.ts) once
 * the page has loaded, so the worker's download never competes with the page's first paint. A
 * browser without service workers, or with JavaScript off, reads the site as before. A refusal
 * (private browsing, a blocked setting, `npm run dev` without a worker) is caught: it is no error
 * of the page's, and the page must not report one.
 *
 * One constant string, identical on every page, so the CSP allows it by hash; old-browser
 * JavaScript, not transpiled.
 */
export const workerRegistrationScript = `if('serviceWorker'in navigator)addEventListener('load',function(){navigator.serviceWorker.register(${JSON.stringify(serviceWorkerPath)}).catch(function(){})});`;
