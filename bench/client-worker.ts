/**
 * The load generator in its own thread (bench/client.ts#meetApart): its HTTP work must not
 * share the event loop of the server it measures, as real clients would not.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { meet } from './client.ts';

const { port, host, paden, parallel } = workerData as {
  port: number;
  host: string;
  paden: string[];
  parallel: number;
};
parentPort!.postMessage(await meet(port, host, paden, parallel));
