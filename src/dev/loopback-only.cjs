// Preloaded into the Agents Playground: it listens on every interface and has no auth, so bind its HTTP server to loopback.
const http = require('node:http');

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (port, ...rest) {
  if (typeof port === 'number' && typeof rest[0] !== 'string') return listen.call(this, port, '127.0.0.1', ...rest);
  return listen.call(this, port, ...rest);
};
