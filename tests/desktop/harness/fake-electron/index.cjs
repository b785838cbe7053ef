// `require('electron')` from CommonJS code under the harness: the same instance as index.mjs.
const instance = globalThis.__unslouchFakeElectron;
if (!instance) throw new Error('fake electron: required before the harness runner created it');
module.exports = instance.electron;
