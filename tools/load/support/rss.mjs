// Resident memory of the api and worker processes, read from /proc every few seconds while the load runs.
import { readFileSync } from 'node:fs';

/** VmRSS of a process in MB (Linux), or NaN once it is gone. */
export function rssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** CPU seconds (user + system) a process has used so far, or NaN once it is gone. */
export function cpuSeconds(pid) {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

export function sampleRss(pids, everyMs) {
  const t0 = Date.now();
  const cpu0 = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
  const samples = [];
  const take = () => samples.push({ t: (Date.now() - t0) / 1000, ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, rssMb(pid)])) });
  take();
  const timer = setInterval(take, everyMs);
  /** Mean CPU use over the run, in cores (1 = one core busy all the time). */
  const cpu = () => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, (cpuSeconds(pid) - cpu0[name]) / ((Date.now() - t0) / 1000)]));
  return { samples, stop: () => (clearInterval(timer), take(), { samples, cpu: cpu() }) };
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Growth after warm-up: the mean of everything after warm-up up to the last window against the mean of the last
 * window. Start-up growth (JIT, pools, caches) falls in the warm-up; a leak keeps growing into the last window. A
 * whole span as the baseline, not one window: the heap's sawtooth (and the OS taking pages back after a full
 * collection) moves a short window by 10-20% either way.
 */
export function rssGrowth(samples, name, seconds, warmupShare = 0.2, windowShare = 0.2) {
  const w0 = seconds * warmupShare;
  const w1 = seconds * (1 - windowShare);
  const after = samples.filter((s) => s.t >= w0 && s.t < w1).map((s) => s[name]);
  const last = samples.filter((s) => s.t >= seconds * (1 - windowShare)).map((s) => s[name]);
  if (!after.length || !last.length) return { baseline: NaN, last: NaN, growth: NaN, peak: NaN };
  const baseline = mean(after);
  const end = mean(last);
  return { baseline, last: end, growth: end / baseline - 1, peak: Math.max(...samples.map((s) => s[name])) };
}

/** The same spans for the heap V8 keeps after each full collection (`points`: { at: epoch ms, mb }). */
export function heapGrowth(points, loadStartedAt, seconds, warmupShare = 0.2, windowShare = 0.2) {
  const t = (p) => (p.at - loadStartedAt) / 1000;
  const after = points.filter((p) => t(p) >= seconds * warmupShare && t(p) < seconds * (1 - windowShare)).map((p) => p.mb);
  const last = points.filter((p) => t(p) >= seconds * (1 - windowShare) && t(p) <= seconds).map((p) => p.mb);
  const collections = points.filter((p) => t(p) >= 0 && t(p) <= seconds).length;
  if (!after.length || !last.length) return { baseline: NaN, last: NaN, growth: NaN, collections };
  const baseline = mean(after);
  return { baseline, last: mean(last), growth: mean(last) / baseline - 1, collections };
}

/** RSS at every tenth of the run (MB), to see the shape: a plateau or a steady climb. */
export function timeline(samples, name, seconds) {
  return Array.from({ length: 10 }, (_, i) => {
    const at = (seconds * (i + 1)) / 10;
    const s = samples.reduce((best, x) => (Math.abs(x.t - at) < Math.abs(best.t - at) ? x : best), samples[0]);
    return Math.round(s[name]);
  });
}
