// A stand-in worker for tests/unit/cluster-start.test.ts: answers every request with its pid.
import http from "node:http";

const port = Number(process.argv[2]);
http.createServer((_req, res) => res.end(String(process.pid))).listen(port);
