// Scripts run outside Next.js's server bundles, where `import "server-only"`
// would throw. They are server code by definition, so the guard is a no-op here.
const Module = require("node:module");
const path = require("node:path");
const empty = path.join(__dirname, "empty-module.cjs");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "server-only") return empty;
  return resolve.call(this, request, ...rest);
};
