// Baseline for the HTTP benchmark: a bare node:http server answering every request with the
// bytes of one file as JSON (the chores API's own answer). Prints "listening <port>".
//
//   node bench/scale/bare-http.mjs <file.json> [--port 0]
import fs from 'node:fs';
import { createServer } from 'node:http';

const body = fs.readFileSync(process.argv[2]);
const i = process.argv.indexOf('--port');
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
});
server.listen(i > 0 ? Number(process.argv[i + 1]) : 0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
